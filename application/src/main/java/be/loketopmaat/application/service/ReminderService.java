package be.loketopmaat.application.service;

import be.loketopmaat.application.port.in.RemindCitizensUseCase;
import be.loketopmaat.application.port.out.AgendaQueries;
import be.loketopmaat.application.port.out.LocationRepository;
import be.loketopmaat.application.port.out.Notifier;
import be.loketopmaat.application.port.out.ProductRepository;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.notification.AppointmentMessages;
import be.loketopmaat.domain.notification.MessageKind;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Queues the reminders of a day's appointments, once each: safe to run as often as a scheduler
 * likes.
 */
public final class ReminderService implements RemindCitizensUseCase {
  private final AgendaQueries appointments;
  private final LocationRepository locations;
  private final ProductNames products;
  private final Notifier notifier;
  private final Transactions transactions;
  private final Clock clock;

  public ReminderService(
      AgendaQueries appointments,
      LocationRepository locations,
      ProductRepository products,
      Notifier notifier,
      Transactions transactions,
      Clock clock) {
    this.appointments = appointments;
    this.locations = locations;
    this.products = new ProductNames(products);
    this.notifier = notifier;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public int remindAppointmentsOn(LocalDate day) {
    Map<LocationCode, Location> byCode =
        locations.findAll().stream().collect(Collectors.toMap(Location::code, Function.identity()));
    LocalDateTime now = LocalDateTime.now(clock);
    return transactions.inTransaction(
        () -> {
          int queued = 0;
          for (Appointment appointment : appointments.findBookedOn(day)) {
            // The key holds the start, so a moved appointment is reminded of its new time.
            String key = appointment.reference() + ":REMINDER:" + appointment.start();
            if (notifier.enqueue(
                AppointmentMessages.write(
                    MessageKind.REMINDER,
                    appointment,
                    byCode.get(appointment.location()),
                    products.of(appointment),
                    now.toLocalDate()),
                key,
                now)) {
              queued++;
            }
          }
          return queued;
        });
  }
}
