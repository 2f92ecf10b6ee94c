package be.loketopmaat.application.port.in;

import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.appointment.DeskBlock;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.common.Violations;
import be.loketopmaat.domain.counter.Ticket;
import be.loketopmaat.domain.location.LocationCode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The day at the counter: arrivals, walk-in tickets, calling the next citizen, closing visits. */
public interface CounterUseCase {

  Appointment checkIn(AppointmentReference reference);

  /** The next citizen for this desk, by the rule of {@code NextCall}; empty when nobody waits. */
  Optional<Called> callNext(LocationCode location, String desk);

  Appointment complete(AppointmentReference reference);

  Appointment markNoShow(AppointmentReference reference);

  /** A walk-in ticket for a product this location hands out without appointment. */
  IssuedTicket drawTicket(LocationCode location, ProductCode product);

  Ticket closeTicket(LocationCode location, UUID ticket, boolean served);

  DayView dayView(LocationCode location, LocalDate day);

  /**
   * Takes desk time out of the agenda. @throws be.loketopmaat.domain.common.ConflictException when
   * an appointment or hold is in the way (move it first)
   */
  DeskBlock blockDeskTime(BlockDeskTime command);

  void unblockDeskTime(LocationCode location, UUID block);

  /** Desk time to take out of the agenda, within one day. Valid once built. */
  record BlockDeskTime(
      LocationCode location, String desk, LocalDateTime start, LocalDateTime end, String reason) {
    public BlockDeskTime {
      new Violations().requireNonNull(location, "location").throwIfAny();
      DeskBlock.check(desk, start, end, reason);
    }
  }

  /** Exactly one of the two is set. */
  record Called(Appointment appointment, Ticket ticket) {}

  record IssuedTicket(Ticket ticket, int position, Duration estimatedWait) {}

  record DeskAgenda(String desk, List<Appointment> appointments) {
    public DeskAgenda {
      appointments = List.copyOf(appointments);
    }
  }

  record DayView(
      LocationCode location,
      LocalDate day,
      List<DeskAgenda> desks,
      List<Appointment> checkedIn,
      List<Ticket> waitingTickets) {
    public DayView {
      desks = List.copyOf(desks);
      checkedIn = List.copyOf(checkedIn);
      waitingTickets = List.copyOf(waitingTickets);
    }
  }
}
