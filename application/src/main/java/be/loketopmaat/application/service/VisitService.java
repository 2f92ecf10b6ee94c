package be.loketopmaat.application.service;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.CityProfileUseCase;
import be.loketopmaat.application.port.in.VisitUseCase;
import be.loketopmaat.application.port.out.AppointmentStore;
import be.loketopmaat.application.port.out.LocationRepository;
import be.loketopmaat.application.port.out.StaffActionLog;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.common.Phrase;
import be.loketopmaat.domain.staff.StaffAction;
import be.loketopmaat.domain.staff.StaffActionKind;
import be.loketopmaat.domain.staff.StaffMember;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.function.UnaryOperator;

/** A visit's steps at the counter, each a change of the appointment under its row lock. */
public final class VisitService implements VisitUseCase {
  private final AppointmentStore appointments;
  private final TakenTimeView view;
  private final Transactions transactions;
  private final BookingRules rules;
  private final Clock clock;
  private final CounterDays days;
  private final StaffActionLog log;

  public VisitService(
      AppointmentStore appointments,
      Bookings bookings,
      Transactions transactions,
      BookingRules rules,
      LocationRepository locations,
      CityProfileUseCase city,
      CounterRules counterRules,
      StaffActionLog log,
      Clock clock) {
    this.log = log;
    this.days = new CounterDays(locations, city, counterRules);
    this.appointments = appointments;
    this.view = bookings.view();
    this.transactions = transactions;
    this.rules = rules;
    this.clock = clock;
  }

  @Override
  public Appointment checkIn(AppointmentReference reference, StaffMember by) {
    return change(
        reference,
        a -> whileWorking(a, Phrase.of("check-in")).checkIn(now(), rules.checkInGrace()),
        by,
        StaffActionKind.CHECKED_IN,
        null);
  }

  @Override
  public Appointment checkInLate(AppointmentReference reference, String reason, StaffMember by) {
    if (by == null) {
      throw new IllegalArgumentException("only staff check a late citizen in");
    }
    return change(
        reference,
        a -> whileWorking(a, Phrase.of("check-in")).checkInLate(now(), reason),
        by,
        StaffActionKind.CHECKED_IN_LATE,
        reason);
  }

  /** The appointment, once its location's counter is found to work now. */
  private Appointment whileWorking(Appointment appointment, Phrase what) {
    LocalDateTime now = now();
    days.hours(days.location(appointment.location()), now.toLocalDate())
        .requireWorkingAt(now, what);
    return appointment;
  }

  @Override
  public Appointment complete(AppointmentReference reference, StaffMember by) {
    return change(reference, a -> a.complete(now()), by, StaffActionKind.COMPLETED, null);
  }

  @Override
  public Appointment markNoShow(AppointmentReference reference, StaffMember by) {
    return change(
        reference,
        a -> a.markNoShow(now(), rules.checkInGrace()),
        by,
        StaffActionKind.NO_SHOW,
        null);
  }

  /** One step under the row lock, recorded in the same transaction when staff took it. */
  private Appointment change(
      AppointmentReference reference,
      UnaryOperator<Appointment> step,
      StaffMember by,
      StaffActionKind kind,
      String reason) {
    Appointment changed =
        transactions.inTransaction(
            () -> {
              Appointment appointment =
                  appointments
                      .findByReferenceForUpdate(reference)
                      .orElseThrow(() -> new NotFoundException("appointment", reference.value()));
              Appointment next = step.apply(appointment);
              appointments.update(next);
              if (by != null) {
                log.record(StaffAction.of(reference, by, clock.instant(), kind, null, reason));
              }
              return next;
            });
    view.changed(changed.location(), changed.start()); // a closed visit gives its time back
    return changed;
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
