package be.loketopmaat.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.application.port.in.IdentityDocumentsUseCase.Application;
import be.loketopmaat.application.port.out.Outbox;
import be.loketopmaat.application.port.out.federal.DocumentProduction;
import be.loketopmaat.application.port.out.federal.FederalOutbox.Status;
import be.loketopmaat.application.port.out.federal.SystemNotAskedException;
import be.loketopmaat.application.port.out.federal.SystemUnavailableException;
import be.loketopmaat.domain.Fixtures;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.document.DocumentKind;
import be.loketopmaat.domain.document.DocumentOrder;
import be.loketopmaat.domain.document.DocumentState;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.notification.MessageKind;
import be.loketopmaat.domain.population.NisCode;
import be.loketopmaat.domain.staff.StaffMember;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The road of an identity document through the services, on in-memory ports and a card production
 * that can go down: recorded at the desk, ordered once however often it is sent, followed through
 * the production's events, told to the citizen on arrival, handed over and activated.
 */
class IdentityDocumentsTest {
  static final StaffMember CLERK = new StaffMember("clerk-1", "Clerk One");
  static final LocationCode HUB = AppointmentTestKit.HUB;

  final AppointmentTestKit.MutableClock clock =
      new AppointmentTestKit.MutableClock(LocalDateTime.of(2026, 11, 23, 9, 0));
  final InMemoryDocuments documents = new InMemoryDocuments();
  final InMemoryOutbox messages = new InMemoryOutbox();

  /** The eID picked up by appointment, as in Antwerp: the arrival message links to the slots. */
  final InMemoryProducts products =
      new InMemoryProducts()
          .with(PickupBookingTest.pickedUpByAppointment(Fixtures.eid(), true), Fixtures.attest());

  final InMemoryLocations locations =
      new InMemoryLocations()
          .with(
              Fixtures.hub("hub", Fixtures.NORTH),
              Fixtures.neighbourhoodCounter("groenenhoek", Fixtures.SOUTH));
  final FakeProduction production = new FakeProduction();
  final IdentityDocumentService desk =
      new IdentityDocumentService(
          documents, documents, products, locations, Fixtures::city, documents, clock);
  final FederalSync sync =
      new FederalSync(
          production,
          new FakeLicenceRegister(),
          documents,
          documents,
          documents,
          messages,
          products,
          locations,
          documents,
          attempts -> Duration.ofMinutes(attempts),
          new FederalSync.Settings(NisCode.ANTWERP, 10, Duration.ofMinutes(5), 3),
          clock,
          new ManagementLinks(AppointmentTestKit.PUBLIC_URL),
          java.util.List.of());

  DocumentOrder apply() {
    return desk.record(
        new Application(
            DocumentKind.EID, AppointmentTestKit.EID, AppointmentTestKit.AN, HUB, HUB, false),
        CLERK);
  }

  @Test
  void fromTheDeskToTheSafeToTheCitizensHands() {
    DocumentOrder recorded = apply();
    assertThat(recorded.state()).isEqualTo(DocumentState.RECORDED);
    assertThat(documents.count(Status.QUEUED)).isEqualTo(1);

    assertThat(sync.sendDue()).isEqualTo(1);
    assertThat(desk.get(recorded.id()).state()).isEqualTo(DocumentState.ORDERED);
    assertThat(desk.get(recorded.id()).productionNumber()).isEqualTo("BP-1");

    production.report(recorded.id(), DocumentState.IN_PRODUCTION);
    production.report(recorded.id(), DocumentState.DISPATCHED);
    production.report(recorded.id(), DocumentState.ARRIVED);
    assertThat(sync.followProduction()).isEqualTo(3);

    DocumentOrder arrived = desk.get(recorded.id());
    assertThat(arrived.state()).isEqualTo(DocumentState.ARRIVED);
    assertThat(desk.safe(HUB, 10)).extracting(DocumentOrder::id).containsExactly(recorded.id());
    List<Outbox.Entry> told = messages.list(Outbox.Status.QUEUED, 10);
    assertThat(told)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.message().kind()).isEqualTo(MessageKind.DOCUMENT_ARRIVED);
              assertThat(m.message().email()).isEqualTo("an@example.be");
              assertThat(m.message().body())
                  .contains("ligt klaar")
                  .contains("Hub")
                  .contains(
                      AppointmentTestKit.PUBLIC_URL
                          + "/api/v1/availability?pickupOf="
                          + recorded.id());
            });

    DocumentOrder handed = desk.handOver(recorded.id(), CLERK);
    assertThat(handed.state()).isEqualTo(DocumentState.HANDED_OVER);
    assertThat(desk.safe(HUB, 10)).isEmpty();
    sync.sendDue();
    assertThat(production.activated).containsExactly("BP-1");
  }

  @Test
  void aDocumentNobodyCameForGoesBackAfterThreeMonthsAndNotBefore() {
    DocumentOrder recorded = apply();
    sync.sendDue();
    production.report(recorded.id(), DocumentState.ARRIVED); // at 30 November, 12:00
    sync.followProduction();

    clock.set(LocalDateTime.of(2027, 2, 27, 12, 0));
    assertThat(desk.sendBackUnclaimed()).isZero();
    clock.set(LocalDateTime.of(2027, 2, 28, 8, 0));
    assertThat(desk.sendBackUnclaimed()).isEqualTo(1);

    assertThat(desk.get(recorded.id()).state()).isEqualTo(DocumentState.RETURNED);
    assertThat(desk.safe(HUB, 10)).isEmpty();
    assertThat(desk.sendBackUnclaimed()).isZero();

    // The production is told once, by the outbox, that it goes back.
    String number = desk.get(recorded.id()).productionNumber();
    sync.sendDue();
    sync.sendDue();
    assertThat(production.returned).containsExactly(number);
  }

  @Test
  void anOrderSentWhileTheProductionIsDownIsMadeOnceWhenItIsBack() {
    DocumentOrder recorded = apply();
    production.down = true;

    sync.sendDue();
    assertThat(documents.list(Status.QUEUED, 10))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.attempts()).isEqualTo(1);
              assertThat(e.lastError()).contains("down");
              assertThat(e.nextAttemptAt()).isEqualTo(LocalDateTime.of(2026, 11, 23, 9, 1));
            });
    assertThat(sync.sendDue()).as("not due before its backoff").isZero();

    production.down = false;
    production.loseNextAnswer = true; // made, but the answer is lost on the way back
    clock.set(LocalDateTime.of(2026, 11, 23, 9, 1));
    sync.sendDue();
    clock.set(LocalDateTime.of(2026, 11, 23, 9, 3));
    sync.sendDue();

    assertThat(desk.get(recorded.id()).state()).isEqualTo(DocumentState.ORDERED);
    assertThat(production.made.get(recorded.id())).as("made once").isEqualTo(1);
    assertThat(documents.count(Status.DONE)).isEqualTo(1);
  }

  @Test
  void aCallIsGivenUpOnOnlyAfterItsLastAttempt() {
    apply();
    production.down = true;
    for (int minute = 0; minute < 10; minute++) {
      clock.set(LocalDateTime.of(2026, 11, 23, 9, minute));
      sync.sendDue();
    }

    assertThat(documents.list(Status.FAILED, 10))
        .singleElement()
        .satisfies(e -> assertThat(e.attempts()).isEqualTo(3));
  }

  @Test
  void aCallTheOpenCircuitRefusedIsNoAttemptAndWaitsForTheCircuit() {
    apply();
    production.circuitOpen = true;
    for (int minute = 0; minute < 10; minute++) {
      clock.set(LocalDateTime.of(2026, 11, 23, 9, minute));
      sync.sendDue();
    }

    assertThat(documents.list(Status.QUEUED, 10))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.attempts()).as("never asked").isZero();
              assertThat(e.lastError()).startsWith("not asked");
              // The last round was at 09:09: the circuit's 30 s, not the backoff of a failure.
              assertThat(e.nextAttemptAt()).isEqualTo(LocalDateTime.of(2026, 11, 23, 9, 9, 30));
            });
    production.circuitOpen = false;
    clock.set(LocalDateTime.of(2026, 11, 23, 9, 10));
    sync.sendDue();
    assertThat(documents.count(Status.DONE)).isEqualTo(1);
  }

  @Test
  void aRefusalEndsTheOrderWithTheProductionsReason() {
    DocumentOrder recorded = apply();
    production.refuse = true;

    sync.sendDue();

    DocumentOrder refused = desk.get(recorded.id());
    assertThat(refused.state()).isEqualTo(DocumentState.REFUSED);
    assertThat(refused.endReason()).isEqualTo("PHOTO_REJECTED: the photo does not meet the norm");
    assertThat(documents.count(Status.DONE)).isEqualTo(1);
  }

  @Test
  void anEventDeliveredTwiceIsAppliedOnceAndTellsTheCitizenOnce() {
    DocumentOrder recorded = apply();
    sync.sendDue();
    production.report(recorded.id(), DocumentState.ARRIVED);
    sync.followProduction();

    production.replayFeed(); // the production delivers its events again, under new sequences
    production.report(recorded.id(), DocumentState.IN_PRODUCTION); // and a late event
    assertThat(sync.followProduction()).isEqualTo(2);

    assertThat(desk.get(recorded.id()).state()).isEqualTo(DocumentState.ARRIVED);
    assertThat(messages.list(Outbox.Status.QUEUED, 10)).hasSize(1);
  }

  @Test
  void anApplicationIsRefusedWhereTheDocumentCannotBeKept() {
    assertThatThrownBy(
            () ->
                desk.record(
                    new Application(
                        DocumentKind.EID,
                        AppointmentTestKit.EID,
                        AppointmentTestKit.AN,
                        HUB,
                        AppointmentTestKit.GROENENHOEK,
                        false),
                    CLERK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("pickupAt");
    assertThatThrownBy(
            () ->
                desk.record(
                    new Application(
                        DocumentKind.EID,
                        AppointmentTestKit.ATTEST,
                        AppointmentTestKit.AN,
                        HUB,
                        HUB,
                        false),
                    CLERK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("product");
    assertThat(documents.count(Status.QUEUED)).isZero();
  }

  @Test
  void aDocumentNotYetArrivedIsNotHandedOverAndACancelledOneIsNotOrdered() {
    DocumentOrder recorded = apply();

    assertThatThrownBy(() -> desk.handOver(recorded.id(), CLERK))
        .isInstanceOf(ConflictException.class);
    desk.cancel(recorded.id(), "the citizen withdrew", CLERK);
    sync.sendDue();

    assertThat(production.made).isEmpty();
    assertThat(desk.get(recorded.id()).state()).isEqualTo(DocumentState.CANCELLED);
  }

  /** The card production, in memory: idempotent by order id, down or refusing on request. */
  static final class FakeProduction implements DocumentProduction {
    final Map<UUID, Integer> made = new HashMap<>();
    final Map<UUID, String> numbers = new HashMap<>();
    final List<ProductionEvent> events = new ArrayList<>();
    final List<String> activated = new ArrayList<>();
    final List<String> returned = new ArrayList<>();
    boolean down;
    boolean refuse;
    boolean loseNextAnswer;
    boolean circuitOpen;
    String refuseCodes;

    @Override
    public ProductionReceipt orderCodes(CodeOrder order) {
      if (down) {
        throw new SystemUnavailableException("card production", "down for maintenance");
      }
      if (refuseCodes != null) {
        throw new OrderRefusedException(refuseCodes, "an address change is pending");
      }
      String number = numbers.computeIfAbsent(order.id(), id -> "PC-" + (numbers.size() + 1));
      made.putIfAbsent(order.id(), 1);
      return new ProductionReceipt(number, LocalDate.of(2026, 12, 14));
    }

    void reportCodes(UUID order, DocumentState state) {
      events.add(
          new ProductionEvent(
              events.size() + 1L,
              order,
              numbers.get(order),
              state,
              LocalDateTime.of(2026, 12, 14, 12, 0),
              null,
              Subject.CODES));
    }

    @Override
    public ProductionReceipt order(ProductionOrder order) {
      if (circuitOpen) {
        throw new SystemNotAskedException(
            "card production", "the circuit is open", Duration.ofSeconds(30), null);
      }
      if (down) {
        throw new SystemUnavailableException("card production", "down for maintenance");
      }
      if (refuse) {
        throw new OrderRefusedException("PHOTO_REJECTED", "the photo does not meet the norm");
      }
      String number = numbers.computeIfAbsent(order.id(), id -> "BP-" + (numbers.size() + 1));
      if (!made.containsKey(order.id())) {
        made.put(order.id(), 1);
      }
      if (loseNextAnswer) {
        loseNextAnswer = false;
        throw new SystemUnavailableException("card production", "connection reset");
      }
      return new ProductionReceipt(number, LocalDate.of(2026, 12, 1));
    }

    void report(UUID order, DocumentState state) {
      events.add(
          new ProductionEvent(
              events.size() + 1L,
              order,
              numbers.get(order),
              state,
              LocalDateTime.of(2026, 11, 30, 12, 0),
              null));
    }

    void replayFeed() {
      for (ProductionEvent e : List.copyOf(events)) {
        events.add(
            new ProductionEvent(
                events.size() + 1L, e.orderId(), e.productionNumber(), e.state(), e.at(), null));
      }
    }

    @Override
    public ProductionEvents eventsAfter(long cursor, int limit) {
      List<ProductionEvent> page =
          events.stream().filter(e -> e.sequence() > cursor).limit(limit).toList();
      return new ProductionEvents(
          page, page.isEmpty() ? cursor : page.get(page.size() - 1).sequence());
    }

    @Override
    public void activate(String productionNumber) {
      if (!activated.contains(productionNumber)) {
        activated.add(productionNumber);
      }
    }

    @Override
    public void returned(String productionNumber) {
      if (!returned.contains(productionNumber)) {
        returned.add(productionNumber);
      }
    }
  }
}
