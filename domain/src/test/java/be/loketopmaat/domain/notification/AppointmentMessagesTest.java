package be.loketopmaat.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.domain.Fixtures;
import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.appointment.ManagementCode;
import be.loketopmaat.domain.appointment.Slot;
import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.common.LocalizedText;
import be.loketopmaat.domain.location.Location;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AppointmentMessagesTest {
  private static final List<LocalizedText> EID =
      List.of(
          new LocalizedText(
              "Identiteitskaart aanvragen",
              "Demander une carte d'identité",
              "Apply for an identity card"));

  private final Location hub = Fixtures.hub("hub", Fixtures.NORTH);

  @ParameterizedTest
  @CsvSource({
    "NL, CONFIRMATION, Bevestiging afspraak, maandag 23 november 2026, 09:00",
    "FR, REMINDER, Rappel du rendez-vous, lundi 23 novembre 2026, 09:00",
    "EN, CANCELLATION, Appointment cancelled, Monday 23 November 2026, 09:00"
  })
  void writesInTheCitizensLanguage(
      Language language, MessageKind kind, String subject, String date, String time) {
    Appointment appointment =
        Appointment.book(
            new AppointmentReference("K7M-4QXD"),
            ManagementCode.hash("x"),
            "desk-1",
            new Slot(
                hub.code(),
                LocalDateTime.of(2026, 11, 23, 9, 0),
                LocalDateTime.of(2026, 11, 23, 9, 20)),
            List.of(new ProductCode("eid-application")),
            1,
            new Citizen(NationalNumber.of("85073100328"), "An", "an@example.be", null, language),
            Channel.CALL);
    Message message =
        AppointmentMessages.write(kind, appointment, hub, EID, LocalDate.of(2026, 11, 20));
    assertThat(message.subject()).isEqualTo(subject + " K7M-4QXD");
    assertThat(message.body())
        .contains(date)
        .contains(time)
        .contains("Hoofdstraat 1")
        .contains("K7M-4QXD");
    assertThat(message.email()).isEqualTo("an@example.be");
    assertThat(message.language()).isEqualTo(language);
  }

  @ParameterizedTest
  @CsvSource({
    "NL, 2026-11-23, 'Herinnering: vandaag, maandag 23 november 2026 om 09:00'",
    "NL, 2026-11-22, 'Herinnering: morgen, maandag 23 november 2026 om 09:00'",
    "FR, 2026-11-23, 'Rappel : aujourd''hui, lundi 23 novembre 2026 à 09:00'",
    "FR, 2026-11-22, 'Rappel : demain, lundi 23 novembre 2026 à 09:00'",
    "EN, 2026-11-23, 'Reminder: today, Monday 23 November 2026 at 09:00'",
    "EN, 2026-11-22, 'Reminder: tomorrow, Monday 23 November 2026 at 09:00'",
    "EN, 2026-11-20, 'Reminder: Monday 23 November 2026 at 09:00'"
  })
  void aReminderSaysTheDayAsSeenOnTheDayItIsWritten(
      Language language, LocalDate today, String start) {
    Message message =
        AppointmentMessages.write(MessageKind.REMINDER, appointment(language), hub, EID, today);
    assertThat(message.body()).startsWith(start);
  }

  @ParameterizedTest
  @CsvSource({
    "NL, 'Uw afspraak bekijken, verplaatsen of annuleren: https://l.be/a?code=c'",
    "FR, 'Consulter, déplacer ou annuler votre rendez-vous : https://l.be/a?code=c'",
    "EN, 'View, move or cancel your appointment: https://l.be/a?code=c'"
  })
  void theConfirmationEndsWithTheLinkToManageTheAppointment(Language language, String last) {
    Message message =
        AppointmentMessages.write(
            MessageKind.CONFIRMATION,
            appointment(language),
            hub,
            EID,
            LocalDate.of(2026, 11, 20),
            "https://l.be/a?code=c");

    assertThat(message.body()).endsWith("\n" + last);
  }

  @ParameterizedTest
  @CsvSource({
    "NL, 'Voor: Identiteitskaart aanvragen, Uittreksel.'",
    "FR, 'Pour : Demander une carte d''identité, Extrait.'",
    "EN, 'For: Apply for an identity card, Extract.'"
  })
  void namesTheProductsInTheCitizensLanguage(Language language, String line) {
    List<LocalizedText> two =
        List.of(EID.get(0), new LocalizedText("Uittreksel", "Extrait", "Extract"));

    for (MessageKind kind : MessageKind.values()) {
      if (kind == MessageKind.DOCUMENT_ARRIVED
          || kind == MessageKind.CODES_ARRIVED
          || kind == MessageKind.CODES_REFUSED
          || kind == MessageKind.PARKING_INVITATION
          || kind.name().startsWith("EID_")) {
        // Not about an appointment: DocumentMessages, CodeMessages, ParkingMessages,
        // RenewalMessages.
        continue;
      }
      Message message =
          AppointmentMessages.write(
              kind, appointment(language), hub, two, LocalDate.of(2026, 11, 20), "https://l.be/x");
      assertThat(message.body()).as(kind.name()).contains("\n" + line);
    }
  }

  private Appointment appointment(Language language) {
    return Appointment.book(
        new AppointmentReference("K7M-4QXD"),
        ManagementCode.hash("x"),
        "desk-1",
        new Slot(
            hub.code(),
            LocalDateTime.of(2026, 11, 23, 9, 0),
            LocalDateTime.of(2026, 11, 23, 9, 20)),
        List.of(new ProductCode("eid-application")),
        1,
        new Citizen(NationalNumber.of("85073100328"), "An", "an@example.be", null, language),
        Channel.CALL);
  }
}
