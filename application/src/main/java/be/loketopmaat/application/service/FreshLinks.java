package be.loketopmaat.application.service;

import be.loketopmaat.application.port.out.AppointmentStore;
import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.ManagementCode;
import java.time.Clock;
import java.time.LocalDateTime;

/**
 * A new management code for an appointment, and the link with it on its way to the booking's own
 * contacts. The code is stored hashed, so a lost code cannot be sent again: a new one replaces it.
 */
final class FreshLinks {
  private final AppointmentStore store;
  private final AppointmentNotices notices;
  private final Clock clock;

  FreshLinks(AppointmentStore store, AppointmentNotices notices, Clock clock) {
    this.store = store;
    this.notices = notices;
    this.clock = clock;
  }

  /** For an appointment locked in the caller's transaction; the old link stops working. */
  Appointment issue(Appointment locked) {
    String code = ManagementCode.generate();
    Appointment renewed = locked.withManagementCode(ManagementCode.hash(code));
    store.update(renewed);
    notices.tellLink(renewed, code, LocalDateTime.now(clock));
    return renewed;
  }
}
