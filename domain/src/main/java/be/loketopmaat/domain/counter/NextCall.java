package be.loketopmaat.domain.counter;

import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.AppointmentStatus;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Who a desk calls next, when appointments and walk-ins share the desks. The rule, in order:
 *
 * <ol>
 *   <li>a checked-in appointment of this desk that is due (its start is at most {@link #DUE_AHEAD}
 *       away): appointments keep the time they were promised, earliest start first;
 *   <li>otherwise the waiting walk-in ticket with the lowest number that this desk can serve:
 *       walk-ins fill the time between appointments, first come first served;
 *   <li>otherwise a checked-in appointment of this desk that is early, earliest start first: nobody
 *       waits for a free desk.
 * </ol>
 */
public final class NextCall {
  /** An appointment this close to its start is due: calling a walk-in now would make it late. */
  public static final Duration DUE_AHEAD = Duration.ofMinutes(5);

  private NextCall() {}

  public sealed interface Choice permits CallAppointment, CallTicket {}

  public record CallAppointment(Appointment appointment) implements Choice {}

  public record CallTicket(Ticket ticket) implements Choice {}

  public static Optional<Choice> choose(
      String desk,
      LocalDateTime now,
      List<Appointment> appointments,
      List<Ticket> tickets,
      Predicate<Ticket> deskCanServe) {
    List<Appointment> checkedIn =
        appointments.stream()
            .filter(a -> a.status() == AppointmentStatus.CHECKED_IN && a.desk().equals(desk))
            .sorted(Comparator.comparing(Appointment::start))
            .toList();
    Optional<Appointment> due =
        checkedIn.stream().filter(a -> !a.start().isAfter(now.plus(DUE_AHEAD))).findFirst();
    if (due.isPresent()) {
      return Optional.of(new CallAppointment(due.get()));
    }
    Optional<Ticket> walkIn =
        tickets.stream()
            .filter(t -> t.status() == TicketStatus.WAITING && deskCanServe.test(t))
            .min(Comparator.comparingInt(Ticket::number));
    if (walkIn.isPresent()) {
      return Optional.of(new CallTicket(walkIn.get()));
    }
    return checkedIn.stream().findFirst().map(CallAppointment::new);
  }
}
