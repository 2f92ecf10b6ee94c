package be.loketopmaat.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.application.port.out.Notifier;
import be.loketopmaat.application.port.out.Outbox;
import be.loketopmaat.application.port.out.Outbox.Entry;
import be.loketopmaat.application.port.out.Outbox.Status;
import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.notification.Message;
import be.loketopmaat.domain.notification.MessageKind;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every {@link Outbox} must do with what its {@link Notifier} queued; run against the JDBC
 * adapter on each database and against the services' in-memory fake by a subclass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class OutboxContract {
  protected static final LocalDateTime NOW = LocalDateTime.of(2027, 3, 2, 9, 15);

  /** The outbox under test, empty, with the notifier that fills it. */
  public record Subject(Notifier notifier, Outbox outbox) {}

  protected Notifier notifier;
  protected Outbox outbox;

  protected abstract Subject emptyOutbox();

  @BeforeEach
  void startEmpty() {
    Subject subject = emptyOutbox();
    notifier = subject.notifier();
    outbox = subject.outbox();
  }

  protected static Message message(String reference, String email, String phone) {
    return new Message(
        new AppointmentReference(reference),
        MessageKind.CONFIRMATION,
        Language.FR,
        email,
        phone,
        "Confirmation du rendez-vous " + reference,
        "Votre rendez-vous est confirmé.");
  }

  protected void queue(String reference, LocalDateTime at) {
    assertThat(notifier.enqueue(message(reference, "an@example.be", null), reference, at)).isTrue();
  }

  @Test
  void claimsDueMessagesOldestFirstUpToTheLimit() {
    queue("K7M-4QXA", NOW.minusMinutes(3));
    queue("K7M-4QXB", NOW.minusMinutes(2));
    queue("K7M-4QXC", NOW.minusMinutes(1));
    queue("K7M-4QXD", NOW.plusMinutes(1));

    List<Entry> claimed = outbox.claimDue(NOW, NOW.plusMinutes(5), 2);

    assertThat(claimed)
        .extracting(e -> e.message().appointment().value())
        .containsExactly("K7M-4QXA", "K7M-4QXB");
    Entry first = claimed.get(0);
    assertThat(first.status()).isEqualTo(Status.QUEUED);
    assertThat(first.attempts()).isZero();
    assertThat(first.message()).isEqualTo(message("K7M-4QXA", "an@example.be", null));
  }

  @Test
  void aMessageKeepsItsCalendarEventWholeAndOneWithoutHasNone() {
    String event =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + "X".repeat(5000) + "\r\nEND:VCALENDAR\r\n";
    Message withEvent = message("K7M-4QXA", "an@example.be", null).withCalendar(event);
    assertThat(notifier.enqueue(withEvent, "with", NOW.minusMinutes(2))).isTrue();
    queue("K7M-4QXB", NOW.minusMinutes(1));

    List<Entry> claimed = outbox.claimDue(NOW, NOW.plusMinutes(5), 10);

    assertThat(claimed).extracting(e -> e.message().calendar()).containsExactly(event, null);
    assertThat(outbox.find(claimed.get(0).id()).orElseThrow().message()).isEqualTo(withEvent);
  }

  @Test
  void aClaimedMessageIsNotClaimedAgainBeforeItsLeaseEnds() {
    queue("K7M-4QXA", NOW.minusMinutes(1));
    assertThat(outbox.claimDue(NOW, NOW.plusMinutes(5), 10)).hasSize(1);

    assertThat(outbox.claimDue(NOW.plusMinutes(4), NOW.plusMinutes(9), 10)).isEmpty();
    assertThat(outbox.claimDue(NOW.plusMinutes(5), NOW.plusMinutes(10), 10)).hasSize(1);
  }

  @Test
  void aSentMessageIsNeverClaimedAgain() {
    queue("K7M-4QXA", NOW.minusMinutes(1));
    long id = outbox.claimDue(NOW, NOW.plusMinutes(5), 10).get(0).id();

    outbox.markSent(id, 1, NOW);

    assertThat(outbox.claimDue(NOW.plusDays(1), NOW.plusDays(2), 10)).isEmpty();
    Entry sent = outbox.find(id).orElseThrow();
    assertThat(sent.status()).isEqualTo(Status.SENT);
    assertThat(sent.attempts()).isEqualTo(1);
    assertThat(sent.sentAt()).isEqualTo(NOW);
    assertThat(outbox.list(Status.SENT, 10)).extracting(Entry::id).containsExactly(id);
    assertThat(outbox.list(Status.QUEUED, 10)).isEmpty();
  }

  @Test
  void aRetryIsDueAtItsNextAttemptWithItsError() {
    queue("K7M-4QXA", NOW.minusMinutes(1));
    long id = outbox.claimDue(NOW, NOW.plusMinutes(5), 10).get(0).id();

    outbox.markRetry(id, 1, NOW.plusMinutes(2), "EMAIL: connection refused");

    assertThat(outbox.claimDue(NOW.plusMinutes(1), NOW.plusMinutes(6), 10)).isEmpty();
    Entry again = outbox.claimDue(NOW.plusMinutes(2), NOW.plusMinutes(7), 10).get(0);
    assertThat(again.attempts()).isEqualTo(1);
    assertThat(again.lastError()).isEqualTo("EMAIL: connection refused");
  }

  @Test
  void aDeadLetterIsListedAsFailedAndCanBeQueuedAgain() {
    queue("K7M-4QXA", NOW.minusMinutes(2));
    queue("K7M-4QXB", NOW.minusMinutes(1));
    List<Entry> claimed = outbox.claimDue(NOW, NOW.plusMinutes(5), 10);
    long dead = claimed.get(0).id();
    outbox.markDead(dead, 5, "EMAIL: 550 no such user");
    outbox.markDead(claimed.get(1).id(), 1, "SMS: bad number");

    assertThat(outbox.claimDue(NOW.plusDays(1), NOW.plusDays(2), 10)).isEmpty();
    List<Entry> failed = outbox.list(Status.FAILED, 10);
    assertThat(failed).extracting(Entry::id).containsExactly(claimed.get(1).id(), dead);
    assertThat(outbox.list(Status.FAILED, 1)).hasSize(1);
    assertThat(failed.get(1).lastError()).isEqualTo("EMAIL: 550 no such user");
    assertThat(failed.get(1).attempts()).isEqualTo(5);

    assertThat(outbox.retry(dead, NOW.plusHours(1))).isTrue();
    assertThat(outbox.retry(dead, NOW.plusHours(1))).isFalse();
    Entry queuedAgain = outbox.claimDue(NOW.plusHours(1), NOW.plusHours(2), 10).get(0);
    assertThat(queuedAgain.id()).isEqualTo(dead);
    assertThat(queuedAgain.attempts()).isZero();
  }

  @Test
  void onlyADeadLetterCanBeRetried() {
    queue("K7M-4QXA", NOW.minusMinutes(1));
    long id = outbox.list(Status.QUEUED, 10).get(0).id();

    assertThat(outbox.retry(id, NOW)).isFalse();
    assertThat(outbox.retry(id + 1000, NOW)).isFalse();
    assertThat(outbox.find(id + 1000)).isEmpty();
  }
}
