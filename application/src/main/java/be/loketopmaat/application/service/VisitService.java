package be.loketopmaat.application.service;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.CityProfileUseCase;
import be.loketopmaat.application.port.in.VisitUseCase;
import be.loketopmaat.application.port.out.AppointmentStore;
import be.loketopmaat.application.port.out.LocationRepository;
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
  private final CounterDays days;

  public VisitService(
      AppointmentStore appointments,
      Bookings bookings,
      Transactions transactions,
      BookingRules rules,
      LocationRepository locations,
      CityProfileUseCase city,
      CounterRules counterRules,
      Clock clock) {
    this.days = new CounterDays(locations, city, counterRules);
    this.appointments = appointments;
    this.view = bookings.view();
    this.transactions = transactions;
    this.rules = rules;
    this.clock = clock;
  }

  @Override
  public Appointment checkIn(AppointmentReference reference) {
    return change(reference, a -> whileWorking(a, "check-in").checkIn(now(), rules.checkInGrace()));
  }

  @Override
  public Appointment checkInLate(AppointmentReference reference, String reason) {
    return change(reference, a -> whileWorking(a, "check-in").checkInLate(now(), reason));
  }

  /** The appointment, once its location's counter is found to work now. */
  private Appointment whileWorking(Appointment appointment, String what) {
    LocalDateTime now = now();
    days.hours(days.location(appointment.location()), now.toLocalDate())
        .requireWorkingAt(now, what);
    return appointment;
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
