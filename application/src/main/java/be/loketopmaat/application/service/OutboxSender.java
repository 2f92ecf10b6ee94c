package be.loketopmaat.application.service;

import be.loketopmaat.application.port.in.MessageOutboxUseCase;
import be.loketopmaat.application.port.in.SendMessagesUseCase;
import be.loketopmaat.application.port.out.MessageSender;
import be.loketopmaat.application.port.out.MessageSender.Channel;
import be.loketopmaat.application.port.out.MessageSender.DeliveryException;
import be.loketopmaat.application.port.out.Outbox;
import be.loketopmaat.domain.notification.DeliverySchedule;
import be.loketopmaat.domain.notification.Message;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;

/**
 * Works the outbox in batches: claims what is due (so two instances never send one message twice),
 * hands each message to the sender of its channel (e-mail when the citizen gave one, else SMS), and
 * records it as sent, to be tried again by the {@link DeliverySchedule}, or as a dead letter.
 */
public final class OutboxSender implements SendMessagesUseCase, MessageOutboxUseCase {
  private final Outbox outbox;
  private final Map<Channel, MessageSender> senders = new EnumMap<>(Channel.class);
  private final DeliverySchedule schedule;
  private final int batchSize;
  private final Duration lease;
  private final Clock clock;
  private final DoubleSupplier random;
  private volatile boolean batchFilled;

  public OutboxSender(
      Outbox outbox,
      List<MessageSender> senders,
      DeliverySchedule schedule,
      int batchSize,
      Duration lease,
      Clock clock,
      DoubleSupplier random) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1");
    }
    this.outbox = outbox;
    senders.forEach(sender -> this.senders.put(sender.channel(), sender));
    this.schedule = schedule;
    this.batchSize = batchSize;
    this.lease = lease;
    this.clock = clock;
    this.random = random;
  }

  /** Whether any channel can send: with none configured, nothing is claimed and nothing spins. */
  public boolean canSend() {
    return senders.values().stream().anyMatch(MessageSender::ready);
  }

  @Override
  public int sendDue() {
    if (!canSend()) {
      return 0;
    }
    LocalDateTime now = LocalDateTime.now(clock);
    List<Outbox.Entry> claimed = outbox.claimDue(now, now.plus(lease), batchSize);
    for (Outbox.Entry entry : claimed) {
      deliver(entry);
    }
    batchFilled = claimed.size() == batchSize;
    return claimed.size();
  }

  /** Whether the last {@link #sendDue()} claimed a whole batch, so more may be due at once. */
  public boolean batchFilledLastTime() {
    return batchFilled;
  }

  private void deliver(Outbox.Entry entry) {
    Message message = entry.message();
    Channel channel = message.email() != null ? Channel.EMAIL : Channel.SMS;
    MessageSender sender = senders.get(channel);
    if (sender == null || !sender.ready()) {
      // Not an attempt: the message waits, unharmed, until the channel is configured.
      outbox.markRetry(
          entry.id(),
          entry.attempts(),
          LocalDateTime.now(clock).plus(schedule.maxDelay()),
          channel + " is not configured");
      return;
    }
    int attempts = entry.attempts() + 1;
    try {
      sender.send(message);
      outbox.markSent(entry.id(), attempts, LocalDateTime.now(clock));
    } catch (DeliveryException | RuntimeException e) {
      boolean permanent = e instanceof DeliveryException d && d.permanent();
      String error = channel + ": " + e.getMessage();
      LocalDateTime failedAt = LocalDateTime.now(clock);
      if (permanent) {
        outbox.markDead(entry.id(), attempts, error);
        return;
      }
      schedule
          .nextAttempt(attempts, failedAt.toInstant(ZoneOffset.UTC), random)
          .map(next -> LocalDateTime.ofInstant(next, ZoneOffset.UTC))
          .ifPresentOrElse(
              next -> outbox.markRetry(entry.id(), attempts, next, error),
              () -> outbox.markDead(entry.id(), attempts, error));
    }
  }

  @Override
  public List<Outbox.Entry> list(Outbox.Status status, int limit) {
    if (status == null) {
      throw new IllegalArgumentException("status is required");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must lie between 1 and " + MAX_LIMIT);
    }
    return outbox.list(status, limit);
  }

  @Override
  public boolean retry(long id) {
    return outbox.retry(id, LocalDateTime.now(clock));
  }
}
