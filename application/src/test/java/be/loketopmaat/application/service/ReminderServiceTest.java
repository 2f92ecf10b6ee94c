package be.loketopmaat.application.service;

import static be.loketopmaat.application.service.AppointmentTestKit.AN;
import static be.loketopmaat.application.service.AppointmentTestKit.BART;
import static be.loketopmaat.application.service.AppointmentTestKit.HUB;
import static be.loketopmaat.application.service.AppointmentTestKit.MONDAY;
import static be.loketopmaat.application.service.AppointmentTestKit.eid;
import static be.loketopmaat.application.service.AppointmentTestKit.monday;
import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.application.port.in.BookAppointmentUseCase.Booking;
import be.loketopmaat.application.port.in.BookAppointmentUseCase.Direct;
import be.loketopmaat.application.port.in.ManageAppointmentUseCase.RescheduleCommand;
import be.loketopmaat.application.port.in.What;
import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.notification.Message;
import be.loketopmaat.domain.notification.MessageKind;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderServiceTest {
  private static final LocalDate TUESDAY = MONDAY.plusDays(1);
  private final AppointmentTestKit kit = new AppointmentTestKit();

  @Test
  void remindsEachStillBookedAppointmentOfTheDayOnceInTheCitizensLanguage() {
    Booking an = book(AN, TUESDAY.atTime(10, 0));
    Booking bart = book(BART, TUESDAY.atTime(11, 0));

    assertThat(kit.reminders.remindAppointmentsOn(TUESDAY)).isEqualTo(2);

    assertThat(reminders())
        .extracting(Message::appointment, Message::language)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(an.appointment().reference(), Language.NL),
            org.assertj.core.groups.Tuple.tuple(bart.appointment().reference(), Language.FR));
    assertThat(kit.reminders.remindAppointmentsOn(TUESDAY)).as("run again: nothing new").isZero();
    assertThat(reminders()).hasSize(2);
  }

  @Test
  void remindsNothingOfAnotherDayOrOfACancelledAppointment() {
    Booking kept = book(AN, TUESDAY.atTime(10, 0));
    Booking cancelled = book(BART, TUESDAY.atTime(11, 0));
    kit.manage.cancel(cancelled.appointment().reference(), cancelled.managementCode());

    assertThat(kit.reminders.remindAppointmentsOn(MONDAY)).isZero();
    assertThat(kit.reminders.remindAppointmentsOn(TUESDAY)).isEqualTo(1);
    assertThat(reminders())
        .extracting(Message::appointment)
        .containsExactly(kept.appointment().reference());
  }

  @Test
  void aMovedAppointmentIsRemindedOfItsNewTimeOnItsNewDay() {
    Booking booking = book(AN, TUESDAY.atTime(10, 0));
    assertThat(kit.reminders.remindAppointmentsOn(TUESDAY)).isEqualTo(1);

    kit.manage.reschedule(
        new RescheduleCommand(
            booking.appointment().reference(),
            booking.managementCode(),
            HUB,
            TUESDAY.atTime(14, 0)));

    assertThat(kit.reminders.remindAppointmentsOn(TUESDAY))
        .as("a new time, a new reminder")
        .isEqualTo(1);
    assertThat(kit.reminders.remindAppointmentsOn(TUESDAY)).isZero();
    assertThat(kit.reminders.remindAppointmentsOn(monday(0, 0).toLocalDate())).isZero();
  }

  private Booking book(Citizen citizen, LocalDateTime start) {
    return kit.booking.book(
        new Direct(new What(eid(), 1), HUB, start, citizen, Channel.E_COUNTER, "c", null));
  }

  private List<Message> reminders() {
    return kit.store.outbox.messages.stream()
        .filter(m -> m.kind() == MessageKind.REMINDER)
        .toList();
  }
}
