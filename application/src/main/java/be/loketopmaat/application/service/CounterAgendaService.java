package be.loketopmaat.application.service;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.CounterAgendaUseCase;
import be.loketopmaat.application.port.out.AgendaQueries;
import be.loketopmaat.application.port.out.DeskTimeLedger;
import be.loketopmaat.application.port.out.DeskTimeTakenException;
import be.loketopmaat.application.port.out.LocationRepository;
import be.loketopmaat.application.port.out.TicketRepository;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.AppointmentStatus;
import be.loketopmaat.domain.appointment.DeskBlock;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.counter.Ticket;
import be.loketopmaat.domain.counter.TicketStatus;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.location.LocationCode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A location's day for its staff: each desk's agenda, who waits, and desk time blocked or given
 * back.
 */
public final class CounterAgendaService implements CounterAgendaUseCase {
  private final AgendaQueries agenda;
  private final DeskTimeLedger ledger;
  private final DeskTimeClaims claims;
  private final TakenTimeView view;
  private final TicketRepository tickets;
  private final LocationRepository locations;
  private final Transactions transactions;
  private final Clock clock;

  public CounterAgendaService(
      AgendaQueries agenda,
      DeskTimeLedger ledger,
      Bookings bookings,
      TicketRepository tickets,
      LocationRepository locations,
      Transactions transactions,
      Clock clock) {
    this.agenda = agenda;
    this.ledger = ledger;
    this.claims = bookings.claims();
    this.view = bookings.view();
    this.tickets = tickets;
    this.locations = locations;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public DayView dayView(LocationCode code, LocalDate day) {
    Location location = location(code);
    List<Appointment> all = agenda.findByLocationAndDay(code, day);
    List<DeskBlock> blocks = agenda.findBlocks(code, day);
    List<DeskAgenda> desks =
        location.desks().stream()
            .map(
                desk ->
                    new DeskAgenda(
                        desk.code(),
                        all.stream()
                            .filter(a -> a.desk().equals(desk.code()))
                            .filter(a -> a.status() != AppointmentStatus.CANCELLED)
                            .toList(),
                        blocks.stream().filter(b -> b.desk().equals(desk.code())).toList()))
            .toList();
    List<Appointment> checkedIn =
        all.stream().filter(a -> a.status() == AppointmentStatus.CHECKED_IN).toList();
    List<Ticket> waiting =
        tickets.findByLocationAndDay(code, day).stream()
            .filter(t -> t.status() == TicketStatus.WAITING)
            .toList();
    return new DayView(code, day, desks, checkedIn, waiting);
  }

  @Override
  public List<DeskBlock> blocks(LocationCode code, LocalDate day) {
    location(code); // an unknown location is a 404, not an empty list
    return agenda.findBlocks(code, day);
  }

  @Override
  public DeskBlock blockDeskTime(BlockDeskTime command) {
    Location location = location(command.location());
    if (location.desks().stream().noneMatch(d -> d.code().equals(command.desk()))) {
      throw new NotFoundException("desk", command.location() + "/" + command.desk());
    }
    DeskBlock block =
        new DeskBlock(
            UUID.randomUUID(),
            command.location(),
            command.desk(),
            command.start(),
            command.end(),
            command.reason());
    LocalDateTime now = now();
    try {
      transactions.inTransaction(
          () -> {
            if (!claims.claimDesk(
                block.location(), block.desk(), block.start(), block.end(), now)) {
              throw inTheWay();
            }
            ledger.insertBlock(block);
            return block;
          });
    } catch (DeskTimeTakenException e) {
      throw inTheWay();
    }
    view.changed(block.location(), block.start());
    return block;
  }

  private static ConflictException inTheWay() {
    return new ConflictException(
        "desk-time-taken", "an appointment, hold or block is in the way: move it first");
  }

  @Override
  public void unblockDeskTime(LocationCode location, UUID block) {
    if (!ledger.deleteBlock(location, block)) {
      throw new NotFoundException("desk block", block.toString());
    }
    view.changed(
        location); // which day the block was on is not known here; a rare change, a whole location
  }

  private Location location(LocationCode code) {
    return locations
        .findByCode(code)
        .orElseThrow(() -> new NotFoundException("location", code.value()));
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
