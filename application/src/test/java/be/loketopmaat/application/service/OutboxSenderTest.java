package be.loketopmaat.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.application.port.out.MessageSender;
import be.loketopmaat.application.port.out.Outbox.Entry;
import be.loketopmaat.application.port.out.Outbox.Status;
import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.calendar.CityTime;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.notification.DeliverySchedule;
import be.loketopmaat.domain.notification.Message;
import be.loketopmaat.domain.notification.MessageKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutboxSenderTest {
  private static final LocalDateTime START = LocalDateTime.of(2027, 3, 2, 9, 0);
  private final InMemoryOutbox outbox = new InMemoryOutbox();
  private final MutableClock clock = new MutableClock(START);
  private final RecordingSender email = new RecordingSender(MessageSender.Channel.EMAIL);
  private final RecordingSender sms = new RecordingSender(MessageSender.Channel.SMS);
  private final DeliverySchedule schedule =
      new DeliverySchedule(3, Duration.ofSeconds(30), Duration.ofMinutes(10), 0);
  private final OutboxSender sender =
      new OutboxSender(
          outbox, List.of(email, sms), schedule, 2, Duration.ofMinutes(5), clock, () -> 0);

  @Test
  void sendsDueMessagesByChannelInBatchesAndOnlyOnce() {
    queue("K7M-4QXA", "an@example.be", "+32470000001");
    queue("K7M-4QXB", null, "+32470000002");
    queue("K7M-4QXC", "bo@example.be", null);

    assertThat(sender.sendDue()).isEqualTo(2);
    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(sender.sendDue()).isZero();

    assertThat(email.sent)
        .extracting(m -> m.appointment().value())
        .containsExactly("K7M-4QXA", "K7M-4QXC");
    assertThat(sms.sent).extracting(m -> m.appointment().value()).containsExactly("K7M-4QXB");
    assertThat(outbox.list(Status.SENT, 10)).hasSize(3).allMatch(e -> e.attempts() == 1);
  }

  @Test
  void aTransientFailureIsTriedAgainWithBackoffThenIsADeadLetter() {
    queue("K7M-4QXA", "an@example.be", null);
    email.failures.add(new MessageSender.DeliveryException("connection refused", false, null));
    email.failures.add(new MessageSender.DeliveryException("connection refused", false, null));
    email.failures.add(new MessageSender.DeliveryException("421 try later", false, null));

    sender.sendDue();
    Entry first = outbox.list(Status.QUEUED, 1).get(0);
    assertThat(first.attempts()).isEqualTo(1);
    assertThat(first.nextAttemptAt()).isEqualTo(START.plusSeconds(30));
    assertThat(first.lastError()).isEqualTo("EMAIL: connection refused");

    clock.set(START.plusSeconds(29));
    assertThat(sender.sendDue()).isZero();
    clock.set(START.plusSeconds(30));
    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(outbox.list(Status.QUEUED, 1).get(0).nextAttemptAt())
        .isEqualTo(START.plusSeconds(90));

    clock.set(START.plusSeconds(90));
    sender.sendDue();
    Entry dead = outbox.list(Status.FAILED, 1).get(0);
    assertThat(dead.attempts()).isEqualTo(3);
    assertThat(dead.lastError()).isEqualTo("EMAIL: 421 try later");
    assertThat(email.sent).isEmpty();

    assertThat(sender.retry(dead.id())).isTrue();
    sender.sendDue();
    assertThat(email.sent).hasSize(1);
    assertThat(outbox.list(Status.SENT, 1).get(0).attempts()).isEqualTo(1);
  }

  @Test
  void aPermanentFailureIsADeadLetterAtOnce() {
    queue("K7M-4QXA", null, "+32123");
    sms.failures.add(new MessageSender.DeliveryException("400 invalid number", true, null));

    sender.sendDue();

    Entry dead = outbox.list(Status.FAILED, 1).get(0);
    assertThat(dead.attempts()).isEqualTo(1);
    assertThat(dead.lastError()).isEqualTo("SMS: 400 invalid number");
  }

  @Test
  void anUnexpectedErrorOfASenderCountsAsTransient() {
    queue("K7M-4QXA", "an@example.be", null);
    email.runtimeFailure = new IllegalStateException("boom");

    sender.sendDue();

    assertThat(outbox.list(Status.QUEUED, 1).get(0).lastError()).isEqualTo("EMAIL: boom");
  }

  @Test
  void withNoChannelConfiguredNothingIsClaimed() {
    email.ready = false;
    sms.ready = false;
    queue("K7M-4QXA", "an@example.be", null);

    assertThat(sender.sendDue()).isZero();

    Entry waiting = outbox.list(Status.QUEUED, 1).get(0);
    assertThat(waiting.attempts()).isZero();
    assertThat(waiting.nextAttemptAt()).isEqualTo(START);
  }

  @Test
  void aMessageForAnUnconfiguredChannelWaitsWithoutUsingAnAttempt() {
    sms.ready = false;
    queue("K7M-4QXA", null, "+32470000001");

    assertThat(sender.sendDue()).isEqualTo(1);

    Entry waiting = outbox.list(Status.QUEUED, 1).get(0);
    assertThat(waiting.attempts()).isZero();
    assertThat(waiting.nextAttemptAt()).isEqualTo(START.plusMinutes(10));
    assertThat(waiting.lastError()).isEqualTo("SMS is not configured");
  }

  @Test
  void theStaffViewRefusesASenselessQuery() {
    assertThatThrownBy(() -> sender.list(Status.SENT, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> sender.list(Status.SENT, 501))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> sender.list(null, 10)).isInstanceOf(IllegalArgumentException.class);
    assertThat(sender.retry(42)).isFalse();
  }

  private void queue(String reference, String emailAddress, String phone) {
    outbox.enqueue(
        new Message(
            new AppointmentReference(reference),
            MessageKind.CONFIRMATION,
            Language.NL,
            emailAddress,
            phone,
            "Bevestiging afspraak " + reference,
            "Uw afspraak is bevestigd."),
        reference,
        LocalDateTime.now(clock));
  }

  private static final class RecordingSender implements MessageSender {
    private final Channel channel;
    final List<Message> sent = new ArrayList<>();
    final Deque<DeliveryException> failures = new ArrayDeque<>();
    RuntimeException runtimeFailure;
    boolean ready = true;

    RecordingSender(Channel channel) {
      this.channel = channel;
    }

    @Override
    public Channel channel() {
      return channel;
    }

    @Override
    public boolean ready() {
      return ready;
    }

    @Override
    public void send(Message message) throws DeliveryException {
      if (runtimeFailure != null) {
        throw runtimeFailure;
      }
      DeliveryException failure = failures.poll();
      if (failure != null) {
        throw failure;
      }
      sent.add(message);
    }
  }

  private static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(LocalDateTime start) {
      set(start);
    }

    void set(LocalDateTime at) {
      now = at.atZone(CityTime.ZONE).toInstant();
    }

    @Override
    public java.time.ZoneId getZone() {
      return CityTime.ZONE;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
