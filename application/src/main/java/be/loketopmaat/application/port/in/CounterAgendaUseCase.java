package be.loketopmaat.application.port.in;

import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.DeskBlock;
import be.loketopmaat.domain.common.Violations;
import be.loketopmaat.domain.counter.Ticket;
import be.loketopmaat.domain.location.LocationCode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** A location's day as its staff plan it: each desk's agenda, who waits, desk time taken out. */
public interface CounterAgendaUseCase {

  DayView dayView(LocationCode location, LocalDate day);

  /** The desk time blocked at the location on that day, by start and desk. */
  List<DeskBlock> blocks(LocationCode location, LocalDate day);

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

  /** A desk's day: its appointments (cancelled ones left out) and its blocked time, by start. */
  record DeskAgenda(String desk, List<Appointment> appointments, List<DeskBlock> blocks) {
    public DeskAgenda {
      appointments = List.copyOf(appointments);
      blocks = List.copyOf(blocks);
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
