package be.loketopmaat.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.IdentityDocumentsUseCase.Application;
import be.loketopmaat.application.port.in.PinCodesUseCase.Request;
import be.loketopmaat.application.port.out.Outbox;
import be.loketopmaat.application.port.out.federal.FederalOutbox.Call;
import be.loketopmaat.application.port.out.federal.FederalOutbox.Status;
import be.loketopmaat.application.service.IdentityDocumentsTest.FakeProduction;
import be.loketopmaat.domain.Fixtures;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.document.CodeRequest;
import be.loketopmaat.domain.document.CodeRequestState;
import be.loketopmaat.domain.document.DocumentKind;
import be.loketopmaat.domain.document.DocumentOrder;
import be.loketopmaat.domain.document.DocumentState;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.notification.MessageKind;
import be.loketopmaat.domain.population.NisCode;
import be.loketopmaat.domain.staff.StaffMember;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A PIN/PUK request through the services, on in-memory ports and a card production that can go down
 * or refuse: requested at the desk, ordered once, followed through the feed, told to the citizen on
 * arrival or refusal, handed over; and the city's own refusals.
 */
class PinCodesTest {
  static final StaffMember CLERK = new StaffMember("clerk-1", "Clerk One");
  static final LocationCode HUB = AppointmentTestKit.HUB;
  static final Citizen AN = AppointmentTestKit.AN;

  final AppointmentTestKit.MutableClock clock =
      new AppointmentTestKit.MutableClock(LocalDateTime.of(2026, 11, 23, 9, 0));
  final InMemoryDocuments documents = new InMemoryDocuments();
  final InMemoryCodeRequests requests = new InMemoryCodeRequests();
  final InMemoryOutbox messages = new InMemoryOutbox();
  final InMemoryProducts products = new InMemoryProducts().with(Fixtures.eid());
  final InMemoryLocations locations =
      new InMemoryLocations()
          .with(
              Fixtures.hub("hub", Fixtures.NORTH),
              Fixtures.neighbourhoodCounter("groenenhoek", Fixtures.SOUTH));
  final FakeProduction production = new FakeProduction();
  final PinCodeService desk =
      new PinCodeService(requests, documents, documents, locations, documents, clock);
  final IdentityDocumentService cards =
      new IdentityDocumentService(
          documents, documents, products, locations, Fixtures::city, documents, clock);
  final CodeLetters letters =
      new CodeLetters(production, requests, messages, locations, documents, NisCode.ANTWERP, clock);
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
          List.of(new CodeOrderSender(letters, documents)),
          letters::apply);

  CodeRequest request(Citizen citizen) {
    return desk.request(new Request(citizen, HUB), CLERK);
  }

  @Test
  void fromTheDeskToTheLetterInTheCitizensHands() {
    CodeRequest requested = request(AN);
    assertThat(requested.state()).isEqualTo(CodeRequestState.REQUESTED);
    assertThat(documents.list(Status.QUEUED, 10))
        .singleElement()
        .satisfies(c -> assertThat(c.call()).isEqualTo(Call.ORDER_CODES));

    assertThat(sync.sendDue()).isEqualTo(1);
    assertThat(desk.get(requested.id()).state()).isEqualTo(CodeRequestState.ORDERED);
    assertThat(desk.get(requested.id()).productionNumber()).isEqualTo("PC-1");
    assertThat(documents.count(Status.DONE)).isEqualTo(1);

    production.reportCodes(requested.id(), DocumentState.DISPATCHED);
    production.reportCodes(requested.id(), DocumentState.ARRIVED);
    assertThat(sync.followProduction()).isEqualTo(2);

    assertThat(desk.get(requested.id()).state()).isEqualTo(CodeRequestState.ARRIVED);
    assertThat(desk.waiting(HUB, 10)).extracting(CodeRequest::id).containsExactly(requested.id());
    assertThat(messages.list(Outbox.Status.QUEUED, 10))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.message().kind()).isEqualTo(MessageKind.CODES_ARRIVED);
              assertThat(m.message().email()).isEqualTo("an@example.be");
              assertThat(m.message().body()).contains("PIN- en PUK-codes").contains("Hub hub");
            });

    // The feed read again (a replay) changes nothing and tells nobody twice.
    production.reportCodes(requested.id(), DocumentState.DISPATCHED);
    production.reportCodes(requested.id(), DocumentState.ARRIVED);
    sync.followProduction();
    assertThat(messages.list(Outbox.Status.QUEUED, 10)).hasSize(1);

    CodeRequest handed = desk.handOver(requested.id(), CLERK);
    assertThat(handed.state()).isEqualTo(CodeRequestState.HANDED_OVER);
    assertThat(desk.waiting(HUB, 10)).isEmpty();
    assertThatThrownBy(() -> desk.handOver(requested.id(), CLERK))
        .isInstanceOf(ConflictException.class);
    // The road ended: the citizen may ask again.
    assertThat(request(AN).state()).isEqualTo(CodeRequestState.REQUESTED);
  }

  @Test
  void aSecondOpenRequestIsRefusedByTheCityAndNothingIsQueued() {
    request(AN);

    assertThatThrownBy(() -> request(AN))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo("codes-request-open"));
    assertThat(documents.count(Status.QUEUED)).isEqualTo(1);
  }

  @Test
  void aCardOnItsWayIsRefusedByTheCityUntilItIsHandedOver() {
    DocumentOrder card =
        cards.record(
            new Application(DocumentKind.EID, AppointmentTestKit.EID, AN, HUB, HUB, false), CLERK);

    assertThatThrownBy(() -> request(AN))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> {
              assertThat(e.reason()).isEqualTo("card-order-pending");
              assertThat(e.getMessage()).contains("EID");
            });
    assertThat(documents.list(Status.QUEUED, 10))
        .extracting(c -> c.call())
        .containsExactly(Call.ORDER_DOCUMENT);

    cards.cancel(card.id(), "the citizen withdrew", CLERK);
    assertThat(request(AN).state()).isEqualTo(CodeRequestState.REQUESTED);
  }

  @Test
  void aRefusalOfTheProductionEndsTheRequestAndTellsTheCitizenWhy() {
    Citizen marie =
        new Citizen(
            NationalNumber.of("87041200535"),
            "Marie Dubois",
            "marie@example.be",
            null,
            Language.FR);
    CodeRequest requested = request(marie);
    production.refuseCodes = "ADDRESS_CHANGE_PENDING";

    sync.sendDue();

    CodeRequest refused = desk.get(requested.id());
    assertThat(refused.state()).isEqualTo(CodeRequestState.REFUSED);
    assertThat(refused.endReason()).startsWith("ADDRESS_CHANGE_PENDING");
    assertThat(documents.count(Status.DONE)).isEqualTo(1);
    assertThat(messages.list(Outbox.Status.QUEUED, 10))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.message().kind()).isEqualTo(MessageKind.CODES_REFUSED);
              assertThat(m.message().body()).contains("changement d'adresse");
            });
  }

  @Test
  void aProductionThatIsDownLeavesTheCallQueuedAndTheRequestAsItWas() {
    CodeRequest requested = request(AN);
    production.down = true;

    sync.sendDue();

    assertThat(desk.get(requested.id()).state()).isEqualTo(CodeRequestState.REQUESTED);
    assertThat(documents.list(Status.QUEUED, 10))
        .singleElement()
        .satisfies(c -> assertThat(c.attempts()).isEqualTo(1));
    production.down = false;
    clock.set(LocalDateTime.of(2026, 11, 23, 9, 2));
    sync.sendDue();
    assertThat(desk.get(requested.id()).state()).isEqualTo(CodeRequestState.ORDERED);
    assertThat(production.made).containsOnlyKeys(requested.id());
  }

  @Test
  void aLocationThatCannotKeepTheLetterAndAnUnreachableCitizenAreBadInput() {
    assertThatThrownBy(() -> desk.request(new Request(AN, new LocationCode("groenenhoek")), CLERK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("safe");
    assertThatThrownBy(() -> desk.request(new Request(AN, new LocationCode("nowhere")), CLERK))
        .isInstanceOf(NotFoundException.class);
    Citizen silent = new Citizen(NationalNumber.of("85073100328"), "An", null, null, Language.NL);
    assertThatThrownBy(() -> request(silent)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> desk.get(UUID.randomUUID())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> desk.waiting(HUB, 0)).isInstanceOf(InvalidInputException.class);
    assertThat(documents.count(Status.QUEUED)).isZero();
  }
}
