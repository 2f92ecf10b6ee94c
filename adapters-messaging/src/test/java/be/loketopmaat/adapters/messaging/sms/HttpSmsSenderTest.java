package be.loketopmaat.adapters.messaging.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.application.port.out.MessageSender.DeliveryException;
import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.notification.Message;
import be.loketopmaat.domain.notification.MessageKind;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sends through the gateway simulator over real HTTP and reads back what it accepted. */
class HttpSmsSenderTest {
  private final SmsGatewaySimulator gateway = SmsGatewaySimulator.start("sms-key-1");

  @AfterEach
  void stop() {
    gateway.close();
  }

  private HttpSmsSender sender(String key) {
    return new HttpSmsSender(
        SmsSettings.of(gateway.url().toString(), key, "Antwerpen", Duration.ofSeconds(2)));
  }

  private static Message message(String phone) {
    return new Message(
        new AppointmentReference("K7M-4QXD"),
        MessageKind.REMINDER,
        Language.NL,
        null,
        phone,
        "Herinnering afspraak K7M-4QXD",
        "Herinnering: morgen om 09:00 in Districtshuis Deurne.");
  }

  @ParameterizedTest
  @CsvSource({"'+32 470 12 34 56'", "0470/12.34.56", "0032470123456"})
  void anSmsReachesTheCitizensNumberInE164(String phone) throws Exception {
    sender("sms-key-1").send(message(phone));

    assertThat(gateway.sent())
        .singleElement()
        .satisfies(
            sms -> {
              assertThat(sms.to()).isEqualTo("+32470123456");
              assertThat(sms.from()).isEqualTo("Antwerpen");
              assertThat(sms.reference()).isEqualTo("K7M-4QXD");
              assertThat(sms.text())
                  .isEqualTo(
                      "Herinnering afspraak K7M-4QXD\n"
                          + "Herinnering: morgen om 09:00 in Districtshuis Deurne.");
            });
  }

  @Test
  void theSameMessageSentAgainReachesTheCitizenOnce() throws Exception {
    HttpSmsSender sender = sender("sms-key-1");

    sender.send(message("0470123456"));
    sender.send(message("0470123456"));

    assertThat(gateway.sent()).hasSize(1);
  }

  @Test
  void aNumberNoSmsCanReachIsAPermanentFailure() {
    assertThatThrownBy(() -> sender("sms-key-1").send(message("12")))
        .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.permanent()).isTrue());
    assertThat(gateway.sent()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"503", "429", "500"})
  void aGatewayInTroubleIsTriedAgainLater(int status) throws Exception {
    gateway.failNext(1, status);
    HttpSmsSender sender = sender("sms-key-1");

    assertThatThrownBy(() -> sender.send(message("0470123456")))
        .isInstanceOfSatisfying(
            DeliveryException.class,
            e -> {
              assertThat(e.permanent()).isFalse();
              assertThat(e.getMessage()).contains(String.valueOf(status));
            });
    sender.send(message("0470123456"));
    assertThat(gateway.sent()).hasSize(1);
  }

  @Test
  void aWrongApiKeyIsTransientSoTheMessageWaitsForTheFix() {
    assertThatThrownBy(() -> sender("not-the-key").send(message("0470123456")))
        .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.permanent()).isFalse());
  }

  @Test
  void aGatewayThatIsGoneIsTransient() {
    HttpSmsSender sender = sender("sms-key-1");
    gateway.close();

    assertThatThrownBy(() -> sender.send(message("0470123456")))
        .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.permanent()).isFalse());
  }

  @Test
  void withoutAGatewaySmsIsOff() {
    assertThat(
            new HttpSmsSender(SmsSettings.of("", "", "Antwerpen", Duration.ofSeconds(1))).ready())
        .isFalse();
  }
}
