package be.loketopmaat.adapters.persistence.notification;

import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.adapters.persistence.jdbc.Concurrently;
import be.loketopmaat.adapters.persistence.jdbc.Tables;
import be.loketopmaat.application.port.out.Notifier;
import be.loketopmaat.application.port.out.Outbox;
import be.loketopmaat.application.port.out.Outbox.Entry;
import be.loketopmaat.application.port.out.contract.OutboxContract;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The JDBC outbox: the shared contract, and what only a database shared by threads can show, that
 * concurrent claims never get one message twice. Run on each database by a subclass.
 */
abstract class JdbcOutboxContract extends OutboxContract {
  @Inject Notifier jdbcNotifier;
  @Inject Outbox jdbcOutbox;
  @Inject TransactionOperations<Connection> operations;

  @Override
  protected Subject emptyOutbox() {
    Tables.empty(operations, "outbox_message");
    return new Subject(jdbcNotifier, jdbcOutbox);
  }

  @Test
  void concurrentClaimsNeverGetOneMessageTwice() throws InterruptedException {
    String alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    for (int i = 0; i < 60; i++) {
      queue("K7M-4Q" + alphabet.charAt(i / 30) + alphabet.charAt(i % 30), NOW.minusMinutes(1));
    }
    List<Long> claimed = new CopyOnWriteArrayList<>();

    List<Throwable> outcomes =
        Concurrently.run(
            6,
            i -> {
              for (int round = 0; round < 5; round++) {
                outbox.claimDue(NOW, NOW.plusMinutes(5), 4).forEach(e -> claimed.add(e.id()));
              }
            });

    assertThat(outcomes).containsOnlyNulls();
    // H2 may hand a claim fewer rows while others hold locks (it limits before it skips), so what
    // is left is claimed afterwards; the promise on both databases is "never twice".
    outbox.claimDue(NOW, NOW.plusMinutes(5), 100).forEach(e -> claimed.add(e.id()));
    assertThat(claimed).doesNotHaveDuplicates().hasSize(60);
    assertThat(outbox.claimDue(NOW, NOW.plusMinutes(5), 100)).isEmpty();
    assertThat(outbox.list(Outbox.Status.QUEUED, 100))
        .extracting(Entry::nextAttemptAt)
        .containsOnly(NOW.plusMinutes(5));
  }

  @Test
  void aRowNoMessageCanBeReadFromIsSetAsideAndTheRestStillGoOut() {
    operations.executeWrite(
        status -> {
          try (java.sql.PreparedStatement insert =
              status
                  .getConnection()
                  .prepareStatement(
                      "INSERT INTO outbox_message (dedupe_key, appointment_reference, kind, language,"
                          + " recipient_email, subject, body, created_at, attempts, status,"
                          + " next_attempt_at) VALUES ('by-hand', '0000beef', 'CONFIRMATION', 'NL',"
                          + " 'an@example.be', 's', 'b', ?, 0, 'QUEUED', ?)")) {
            insert.setObject(1, NOW.minusMinutes(5));
            insert.setObject(2, NOW.minusMinutes(5));
            insert.executeUpdate();
          } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
          }
          return null;
        });
    queue("K7M-4QXA", NOW.minusMinutes(1));

    List<Entry> claimed = outbox.claimDue(NOW, NOW.plusMinutes(5), 10);

    assertThat(claimed)
        .extracting(e -> e.message().appointment().value())
        .containsExactly("K7M-4QXA");
    assertThat(outbox.claimDue(NOW.plusMinutes(10), NOW.plusMinutes(15), 10))
        .extracting(e -> e.message().appointment().value())
        .containsExactly("K7M-4QXA");
    assertThat(outbox.list(Outbox.Status.FAILED, 10)).isEmpty();
    assertThat(Tables.rows(operations, "outbox_message")).isEqualTo(2);
  }
}
