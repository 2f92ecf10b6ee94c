package be.loketopmaat.bootstrap;

import be.loketopmaat.adapters.messaging.mail.SmtpMessageSender;
import be.loketopmaat.adapters.messaging.mail.SmtpSettings;
import be.loketopmaat.adapters.messaging.sms.HttpSmsSender;
import be.loketopmaat.adapters.messaging.sms.SmsSettings;
import be.loketopmaat.application.port.out.MessageSender;
import be.loketopmaat.application.port.out.Outbox;
import be.loketopmaat.application.service.OutboxSender;
import be.loketopmaat.domain.notification.DeliverySchedule;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Wires the outbox's sender and its channels from {@code loket.mail.*}, {@code loket.sms.*} and
 * {@code loket.outbox.*}.
 */
@Factory
public class Messaging {

  @Singleton
  SmtpMessageSender smtpMessageSender(
      @Value("${loket.mail.smtp.host:}") String host,
      @Value("${loket.mail.smtp.port:25}") int port,
      @Value("${loket.mail.from:afspraken@loket.invalid}") String from,
      @Value("${loket.mail.smtp.username:}") String username,
      @Value("${loket.mail.smtp.password:}") String password,
      @Value("${loket.mail.smtp.starttls:false}") boolean startTls,
      @Value("${loket.mail.smtp.timeout:10s}") Duration timeout) {
    return new SmtpMessageSender(
        new SmtpSettings(host, port, from, username, password, startTls, timeout));
  }

  @Singleton
  HttpSmsSender httpSmsSender(
      @Value("${loket.sms.url:}") String url,
      @Value("${loket.sms.api-key:}") String apiKey,
      @Value("${loket.sms.sender:Stad}") String sender,
      @Value("${loket.sms.timeout:10s}") Duration timeout) {
    return new HttpSmsSender(SmsSettings.of(url, apiKey, sender, timeout));
  }

  @Singleton
  OutboxSender outboxSender(
      Outbox outbox,
      List<MessageSender> senders,
      @Value("${loket.outbox.max-attempts:8}") int maxAttempts,
      @Value("${loket.outbox.first-retry-after:30s}") Duration firstDelay,
      @Value("${loket.outbox.max-retry-after:1h}") Duration maxDelay,
      @Value("${loket.outbox.jitter:0.2}") double jitter,
      @Value("${loket.outbox.batch-size:50}") int batchSize,
      @Value("${loket.outbox.lease:2m}") Duration lease,
      Clock clock) {
    SecureRandom random = new SecureRandom();
    return new OutboxSender(
        outbox,
        senders,
        new DeliverySchedule(maxAttempts, firstDelay, maxDelay, jitter),
        batchSize,
        lease,
        clock,
        random::nextDouble);
  }
}
