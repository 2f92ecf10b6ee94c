package be.loketopmaat.application.service;

import be.loketopmaat.application.port.out.LocationRepository;
import be.loketopmaat.application.port.out.Notifier;
import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.notification.AppointmentMessages;
import be.loketopmaat.domain.notification.MessageKind;
import java.time.LocalDateTime;

/**
 * Puts the citizen's message about a change of their appointment in the outbox, in the same
 * transaction.
 */
final class AppointmentNotices {
  private final LocationRepository locations;
  private final Notifier notifier;

  AppointmentNotices(LocationRepository locations, Notifier notifier) {
    this.locations = locations;
    this.notifier = notifier;
  }

  void tell(MessageKind kind, Appointment appointment, LocalDateTime now) {
    Location location = locations.findByCode(appointment.location()).orElseThrow();
    notifier.enqueue(
        AppointmentMessages.write(kind, appointment, location, now.toLocalDate()),
        appointment.reference() + ":" + kind + ":" + now,
        now);
  }
}
