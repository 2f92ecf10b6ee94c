package be.loketopmaat.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.application.AlreadyExistsException;
import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.out.TicketRepository;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.common.ClientId;
import be.loketopmaat.domain.counter.Ticket;
import be.loketopmaat.domain.counter.TicketPurpose;
import be.loketopmaat.domain.location.LocationCode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every {@link TicketRepository} must do, as one caller sees it; run against the JDBC adapter
 * on each database and against the services' in-memory fake by a subclass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class TicketRepositoryContract {
  protected static final LocationCode PICKUP = new LocationCode("stadskantoor");
  protected static final LocationCode OTHER = new LocationCode("districtshuis-deurne");
  protected static final LocalDateTime NOW = LocalDateTime.of(2027, 3, 2, 9, 15);
  protected static final LocalDate TODAY = NOW.toLocalDate();
  protected static final ProductCode EID_PICKUP = new ProductCode("eid-pickup");

  /** The repository under test, empty, with the transactions it joins. */
  public record Subject(TicketRepository tickets, Transactions transactions) {}

  protected TicketRepository tickets;
  protected Transactions transactions;

  protected abstract Subject emptyRepository();

  @BeforeEach
  void startEmpty() {
    Subject subject = emptyRepository();
    tickets = subject.tickets();
    transactions = subject.transactions();
  }

  @Test
  void numbersStartAtOneForEachLocationAndDay() {
    assertThat(draw(PICKUP, TODAY)).isEqualTo(1);
    assertThat(draw(PICKUP, TODAY)).isEqualTo(2);
    assertThat(draw(OTHER, TODAY)).isEqualTo(1);
    assertThat(draw(PICKUP, TODAY.plusDays(1))).isEqualTo(1);
    assertThat(draw(PICKUP, TODAY)).isEqualTo(3);
  }

  @Test
  void aDrawThatRollsBackLeavesNoGap() {
    draw(PICKUP, TODAY);
    assertThatThrownBy(
            () ->
                transactions.inTransaction(
                    () -> {
                      tickets.nextNumber(PICKUP, TODAY);
                      throw new IllegalStateException("printing the ticket failed");
                    }))
        .hasMessage("printing the ticket failed");

    assertThat(draw(PICKUP, TODAY)).isEqualTo(2);
  }

  @Test
  void lockingTheQueueGivesNoNumber() {
    transactions.inTransaction(
        () -> {
          tickets.lockQueue(PICKUP, TODAY);
          return null;
        });

    assertThat(draw(PICKUP, TODAY)).isEqualTo(1);
  }

  @Test
  void givesBackAnInsertedTicketWhole() {
    Ticket ticket =
        Ticket.draw(PICKUP, 1, EID_PICKUP, TicketPurpose.WALK_IN, ClientId.of("ip:192.0.2.1"), NOW);
    Ticket forACitizen = Ticket.draw(PICKUP, 2, EID_PICKUP, TicketPurpose.PICKUP, null, NOW);

    tickets.insert(ticket);
    tickets.insert(forACitizen);

    assertThat(tickets.findById(ticket.id())).contains(ticket);
    assertThat(tickets.findById(forACitizen.id())).contains(forACitizen);
    assertThat(tickets.findById(UUID.randomUUID())).isEmpty();
  }

  @Test
  void refusesANumberGivenBeforeThatDay() {
    tickets.insert(Ticket.draw(PICKUP, 1, EID_PICKUP, TicketPurpose.PICKUP, null, NOW));

    assertThatThrownBy(
            () ->
                tickets.insert(
                    Ticket.draw(
                        PICKUP, 1, EID_PICKUP, TicketPurpose.PICKUP, null, NOW.plusMinutes(1))))
        .isInstanceOfSatisfying(
            AlreadyExistsException.class, e -> assertThat(e.kind()).isEqualTo("ticket"));
    tickets.insert(Ticket.draw(PICKUP, 1, EID_PICKUP, TicketPurpose.PICKUP, null, NOW.plusDays(1)));
    tickets.insert(Ticket.draw(OTHER, 1, EID_PICKUP, TicketPurpose.PICKUP, null, NOW));
  }

  @Test
  void storesACallAndTheEndOfTheVisit() {
    Ticket ticket = Ticket.draw(PICKUP, 1, EID_PICKUP, TicketPurpose.PICKUP, null, NOW);
    tickets.insert(ticket);

    Ticket called = ticket.call("desk-a", NOW.plusMinutes(3));
    tickets.update(called);
    assertThat(tickets.findById(ticket.id())).contains(called);

    Ticket served = called.close(true, NOW.plusMinutes(9));
    tickets.update(served);
    assertThat(tickets.findById(ticket.id())).contains(served);
  }

  @Test
  void updateOfAnUnknownTicketCreatesNothing() {
    Ticket never = Ticket.draw(PICKUP, 1, EID_PICKUP, TicketPurpose.PICKUP, null, NOW);

    assertThatThrownBy(() -> tickets.update(never)).isInstanceOf(NotFoundException.class);
    assertThat(tickets.findById(never.id())).isEmpty();
  }

  @Test
  void listsADaysTicketsAtALocationByNumber() {
    Ticket third =
        Ticket.draw(PICKUP, 3, EID_PICKUP, TicketPurpose.PICKUP, null, NOW.plusMinutes(2));
    Ticket first = Ticket.draw(PICKUP, 1, EID_PICKUP, TicketPurpose.PICKUP, null, NOW);
    Ticket second =
        Ticket.draw(PICKUP, 2, EID_PICKUP, TicketPurpose.PICKUP, null, NOW.plusMinutes(1));
    List.of(
            third,
            first,
            second,
            Ticket.draw(PICKUP, 1, EID_PICKUP, TicketPurpose.PICKUP, null, NOW.plusDays(1)),
            Ticket.draw(OTHER, 1, EID_PICKUP, TicketPurpose.PICKUP, null, NOW))
        .forEach(tickets::insert);

    assertThat(tickets.findByLocationAndDay(PICKUP, TODAY)).containsExactly(first, second, third);
  }

  @Test
  void locksTheQueueOnlyInsideATransaction() {
    assertThatThrownBy(() -> tickets.lockQueue(PICKUP, TODAY)).hasMessageContaining("transaction");
  }

  protected int draw(LocationCode location, LocalDate day) {
    return transactions.inTransaction(() -> tickets.nextNumber(location, day));
  }
}
