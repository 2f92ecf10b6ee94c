package be.loketopmaat.adapters.persistence.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.adapters.persistence.jdbc.Concurrently;
import be.loketopmaat.adapters.persistence.jdbc.Tables;
import be.loketopmaat.application.port.out.Notifier;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.notification.Message;
import be.loketopmaat.domain.notification.MessageKind;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every {@link Notifier} that queues in an outbox must do; run against each database by a
 * subclass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class NotifierContract {
  static final LocalDateTime AT = LocalDateTime.of(2027, 3, 1, 9, 0, 12, 345_678_000);
  static final AppointmentReference REFERENCE = new AppointmentReference("K7M-4QXD");

  @Inject Notifier notifier;
  @Inject Transactions transactions;
  @Inject TransactionOperations<Connection> operations;

  @BeforeEach
  void startEmpty() {
    Tables.empty(operations, "outbox_message");
  }

  @Test
  void queuesAMessageWithEverythingASenderNeeds() {
    assertThat(
            notifier.enqueue(
                confirmation("Votre rendez-vous est confirmé"), "K7M-4QXD:CONFIRMATION", AT))
        .isTrue();

    assertThat(outbox())
        .containsExactly(
            Map.ofEntries(
                Map.entry("dedupe_key", "K7M-4QXD:CONFIRMATION"),
                Map.entry("appointment_reference", "K7M-4QXD"),
                Map.entry("kind", "CONFIRMATION"),
                Map.entry("language", "FR"),
                Map.entry("recipient_email", "citizen@example.org"),
                Map.entry("recipient_phone", "+32 3 123 45 67"),
                Map.entry("subject", "Confirmation du rendez-vous K7M-4QXD"),
                Map.entry("body", "Votre rendez-vous est confirmé"),
                Map.entry("created_at", AT),
                Map.entry("sent_at", "null"),
                Map.entry("attempts", 0)));
  }

  @Test
  void queuesAMessageForACitizenWithOnlyAPhone() {
    Message sms =
        new Message(
            REFERENCE,
            MessageKind.REMINDER,
            Language.NL,
            null,
            "0470 12 34 56",
            "Herinnering",
            "Morgen");

    assertThat(notifier.enqueue(sms, "K7M-4QXD:REMINDER", AT)).isTrue();

    assertThat(outbox())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row)
                  .containsEntry("recipient_email", "null")
                  .containsEntry("recipient_phone", "0470 12 34 56");
            });
  }

  @Test
  void queuesAKeyOnceAndKeepsTheFirstMessage() {
    assertThat(notifier.enqueue(confirmation("first"), "K7M-4QXD:CONFIRMATION", AT)).isTrue();

    assertThat(notifier.enqueue(confirmation("second"), "K7M-4QXD:CONFIRMATION", AT.plusMinutes(1)))
        .isFalse();

    assertThat(outbox())
        .singleElement()
        .satisfies(row -> assertThat(row).containsEntry("body", "first"));
  }

  /**
   * On PostgreSQL a statement that fails aborts its whole transaction: a duplicate must be skipped,
   * not refused, or the booking that queues its confirmation twice could not commit.
   */
  @Test
  void aDuplicateLeavesTheCallersTransactionUsable() {
    List<Boolean> queued =
        transactions.inTransaction(
            () ->
                List.of(
                    notifier.enqueue(confirmation("first"), "K7M-4QXD:CONFIRMATION", AT),
                    notifier.enqueue(confirmation("again"), "K7M-4QXD:CONFIRMATION", AT),
                    notifier.enqueue(confirmation("later"), "K7M-4QXD:CHANGE", AT)));

    assertThat(queued).containsExactly(true, false, true);
    assertThat(outbox()).extracting(row -> row.get("body")).containsExactly("first", "later");
  }

  @Test
  void aMessageIsRolledBackWithWhatItTellsAbout() {
    assertThatThrownBy(
            () ->
                transactions.inTransaction(
                    () -> {
                      notifier.enqueue(confirmation("first"), "K7M-4QXD:CONFIRMATION", AT);
                      throw new IllegalStateException("the booking failed");
                    }))
        .hasMessage("the booking failed");

    assertThat(outbox()).isEmpty();
    assertThat(notifier.enqueue(confirmation("first"), "K7M-4QXD:CONFIRMATION", AT)).isTrue();
  }

  @Test
  void ofConcurrentlyQueuedCopiesExactlyOneIsQueued() throws InterruptedException {
    List<Boolean> queued = new java.util.concurrent.CopyOnWriteArrayList<>();

    List<Throwable> outcomes =
        Concurrently.run(
            8,
            i ->
                queued.add(
                    transactions.inTransaction(
                        () ->
                            notifier.enqueue(confirmation("copy " + i), "K7M-4QXD:REMINDER", AT))));

    assertThat(outcomes).containsOnlyNulls();
    assertThat(queued).containsOnlyOnce(true).hasSize(8);
    assertThat(outbox()).hasSize(1);
  }

  static Message confirmation(String body) {
    return new Message(
        REFERENCE,
        MessageKind.CONFIRMATION,
        Language.FR,
        "citizen@example.org",
        "+32 3 123 45 67",
        "Confirmation du rendez-vous K7M-4QXD",
        body);
  }

  /** The outbox's rows by id, every column but the id; a null column as "null". */
  List<Map<String, Object>> outbox() {
    return operations.executeRead(
        status -> {
          List<Map<String, Object>> rows = new ArrayList<>();
          try (Statement statement = status.getConnection().createStatement();
              ResultSet result =
                  statement.executeQuery(
                      "SELECT dedupe_key, appointment_reference, kind, language, "
                          + "recipient_email, recipient_phone, subject, body, created_at, sent_at, attempts "
                          + "FROM outbox_message ORDER BY id")) {
            while (result.next()) {
              Map<String, Object> row = new LinkedHashMap<>();
              for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
                String name =
                    result.getMetaData().getColumnLabel(column).toLowerCase(java.util.Locale.ROOT);
                Object value =
                    name.endsWith("_at")
                        ? result.getObject(column, LocalDateTime.class)
                        : result.getObject(column);
                row.put(name, value == null ? "null" : value);
              }
              rows.add(row);
            }
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
          return rows;
        });
  }
}
