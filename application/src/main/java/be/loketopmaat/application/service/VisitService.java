package be.loketopmaat.application.service;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.VisitUseCase;
import be.loketopmaat.application.port.out.AppointmentStore;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.AppointmentReference;
import java.time.Clock;
import java.time.LocalDateTime;

/** A visit's steps at the counter, each a change of the appointment under its row lock. */
public final class VisitService implements VisitUseCase {
  private final AppointmentStore appointments;
  private final TakenTimeView view;
  private final Transactions transactions;
  private final BookingRules rules;
  private final Clock clock;

  public VisitService(
      AppointmentStore appointments,
      Bookings bookings,
      Transactions transactions,
      BookingRules rules,
      Clock clock) {
    this.appointments = appointments;
    this.view = bookings.view();
    this.transactions = transactions;
    this.rules = rules;
    this.clock = clock;
  }

  @Override
  public Appointment checkIn(AppointmentReference reference) {
    return change(reference, a -> a.checkIn(now(), rules.checkInGrace()));
  }

  @Override
  public Appointment complete(AppointmentReference reference) {
    return change(reference, a -> a.complete(now()));
  }

  @Override
  public Appointment markNoShow(AppointmentReference reference) {
    return change(reference, a -> a.markNoShow(now(), rules.checkInGrace()));
  }

  private Appointment change(
      AppointmentReference reference, java.util.function.UnaryOperator<Appointment> step) {
    Appointment changed =
        transactions.inTransaction(
            () -> {
              Appointment appointment =
                  appointments
                      .findByReferenceForUpdate(reference)
                      .orElseThrow(() -> new NotFoundException("appointment", reference.value()));
              Appointment next = step.apply(appointment);
              appointments.update(next);
              return next;
            });
    view.changed(changed.location(), changed.start()); // a closed visit gives its time back
    return changed;
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
