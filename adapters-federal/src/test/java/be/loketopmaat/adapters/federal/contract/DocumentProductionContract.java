package be.loketopmaat.adapters.federal.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.application.port.out.federal.DocumentProduction;
import be.loketopmaat.application.port.out.federal.DocumentProduction.CodeOrder;
import be.loketopmaat.application.port.out.federal.DocumentProduction.OrderRefusedException;
import be.loketopmaat.application.port.out.federal.DocumentProduction.ProductionEvent;
import be.loketopmaat.application.port.out.federal.DocumentProduction.ProductionEvents;
import be.loketopmaat.application.port.out.federal.DocumentProduction.ProductionOrder;
import be.loketopmaat.application.port.out.federal.DocumentProduction.ProductionReceipt;
import be.loketopmaat.application.port.out.federal.DocumentProduction.Subject;
import be.loketopmaat.application.port.out.federal.SystemUnavailableException;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.document.DocumentKind;
import be.loketopmaat.domain.document.DocumentState;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.population.NisCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DocumentProduction} must do, whatever system is behind it. An implementation's
 * test extends this and provides the production as two municipalities see it, the production's
 * clock, and its counters.
 */
public abstract class DocumentProductionContract {

  /** The production as {@link #municipality()} calls it. */
  protected abstract DocumentProduction production();

  /** The same production as {@link #otherMunicipality()} calls it. */
  protected abstract DocumentProduction otherMunicipalitysProduction();

  /** The same production, called for {@link #municipality()} with a wrong API key. */
  protected abstract DocumentProduction productionWithWrongKey();

  protected abstract NisCode municipality();

  protected abstract NisCode otherMunicipality();

  /** A person the production makes documents for. */
  protected abstract NationalNumber person();

  /** A national number the National Register does not know. */
  protected abstract NationalNumber unknownPerson();

  /** The production's today, in the city. */
  protected abstract LocalDate today();

  /** The production's clock moves on by whole working days. */
  protected abstract void advanceWorkingDays(int days);

  /** How many times the production made this order: proof that a repeat made nothing new. */
  protected abstract int timesMade(UUID orderId);

  /** Whether the production activated the card. */
  protected abstract boolean activated(String productionNumber);

  /** Whether the production was told the document goes back unclaimed. */
  protected abstract boolean returned(String productionNumber);

  /** The production refuses the next new order with this code. */
  protected abstract void refuseNextOrder(String code, String reason);

  /** A person the production knows, with an active card and no card ordered: codes are made. */
  protected abstract NationalNumber cardHolder();

  /** The National Register has an address change of this person pending. */
  protected abstract void addressChangePending(NationalNumber person);

  /** This person has no active chip card. */
  protected abstract void noActiveCard(NationalNumber person);

  protected CodeOrder aCodeOrder(NationalNumber person) {
    return new CodeOrder(
        UUID.randomUUID(),
        person,
        "Lien Peeters",
        municipality(),
        new LocationCode("districtshuis-deurne"));
  }

  protected ProductionOrder anOrder(boolean urgent) {
    return new ProductionOrder(
        UUID.randomUUID(),
        DocumentKind.EID,
        person(),
        "Jan Peeters",
        municipality(),
        new LocationCode("districtshuis-deurne"),
        urgent);
  }

  @Test
  void anOrderIsTakenUnderANumberWithAnExpectedDelivery() {
    ProductionReceipt receipt = production().order(anOrder(false));

    assertThat(receipt.productionNumber()).isNotBlank();
    assertThat(receipt.expectedDelivery()).isAfter(today());
  }

  @Test
  void everyOrderHasItsOwnNumber() {
    ProductionReceipt first = production().order(anOrder(false));
    ProductionReceipt second = production().order(anOrder(false));

    assertThat(first.productionNumber()).isNotEqualTo(second.productionNumber());
  }

  @Test
  void theSameOrderTwiceIsMadeOnce() {
    ProductionOrder order = anOrder(false);
    ProductionReceipt first = production().order(order);
    ProductionReceipt again = production().order(order);

    assertThat(again).isEqualTo(first);
    assertThat(timesMade(order.id())).isEqualTo(1);
    assertThat(eventsOf(order.id(), production()))
        .extracting(ProductionEvent::state)
        .containsExactly(DocumentState.ORDERED);
  }

  @Test
  void anOrderIdStandsForOneOrder() {
    ProductionOrder order = anOrder(false);
    production().order(order);
    ProductionOrder other =
        new ProductionOrder(
            order.id(),
            DocumentKind.PASSPORT,
            order.insz(),
            order.name(),
            order.municipality(),
            order.deliverTo(),
            order.urgent());

    assertRefused(() -> production().order(other), "IDEMPOTENCY_KEY_REUSED");
    assertThat(timesMade(order.id())).isEqualTo(1);
  }

  @Test
  void theFeedFollowsAnOrderToItsDelivery() {
    LocalDate orderedOn = today();
    ProductionOrder order = anOrder(false);
    ProductionReceipt receipt = production().order(order);

    assertThat(eventsOf(order.id(), production()))
        .extracting(ProductionEvent::state)
        .containsExactly(DocumentState.ORDERED);
    advanceWorkingDays(1);
    assertThat(eventsOf(order.id(), production()))
        .extracting(ProductionEvent::state)
        .containsExactly(DocumentState.ORDERED, DocumentState.IN_PRODUCTION);
    advanceWorkingDays(10);
    List<ProductionEvent> events = eventsOf(order.id(), production());

    assertThat(events)
        .extracting(ProductionEvent::state)
        .containsExactly(
            DocumentState.ORDERED,
            DocumentState.IN_PRODUCTION,
            DocumentState.DISPATCHED,
            DocumentState.ARRIVED);
    assertThat(events)
        .extracting(ProductionEvent::productionNumber)
        .containsOnly(receipt.productionNumber());
    assertThat(events).extracting(ProductionEvent::reason).containsOnlyNulls();
    for (int i = 1; i < events.size(); i++) {
      assertThat(events.get(i).at()).isAfter(events.get(i - 1).at());
      assertThat(events.get(i).sequence()).isGreaterThan(events.get(i - 1).sequence());
    }
    assertThat(events.get(0).at().toLocalDate()).isEqualTo(orderedOn);
    assertThat(events.get(3).at().toLocalDate()).isEqualTo(receipt.expectedDelivery());
  }

  @Test
  void anUrgentOrderIsDeliveredSooner() {
    ProductionReceipt normal = production().order(anOrder(false));
    ProductionOrder urgent = anOrder(true);
    ProductionReceipt fast = production().order(urgent);

    assertThat(fast.expectedDelivery()).isBefore(normal.expectedDelivery());
    advanceWorkingDays(2);
    assertThat(eventsOf(urgent.id(), production()))
        .extracting(ProductionEvent::state)
        .endsWith(DocumentState.ARRIVED);
  }

  @Test
  void theCursorPagesThroughTheFeed() {
    for (int i = 0; i < 3; i++) {
      production().order(anOrder(false));
    }
    advanceWorkingDays(7);
    List<ProductionEvent> all = production().eventsAfter(0, 100).events();
    assertThat(all).hasSize(12);

    List<ProductionEvent> paged = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    long cursor = 0;
    for (int page = 0; page < 10; page++) {
      ProductionEvents events = production().eventsAfter(cursor, 5);
      sizes.add(events.events().size());
      paged.addAll(events.events());
      if (events.events().isEmpty()) {
        assertThat(events.cursor()).isEqualTo(cursor);
        break;
      }
      assertThat(events.cursor())
          .isEqualTo(events.events().get(events.events().size() - 1).sequence());
      cursor = events.cursor();
    }

    assertThat(sizes).containsExactly(5, 5, 2, 0);
    assertThat(paged).isEqualTo(all);
  }

  @Test
  void theFeedShowsOnlyTheMunicipalitysOwnOrders() {
    ProductionOrder ours = anOrder(false);
    production().order(ours);
    ProductionOrder theirs =
        new ProductionOrder(
            UUID.randomUUID(),
            DocumentKind.EID,
            person(),
            "Lotte Janssens",
            otherMunicipality(),
            new LocationCode("stadskantoor"),
            false);
    otherMunicipalitysProduction().order(theirs);
    advanceWorkingDays(1);

    assertThat(production().eventsAfter(0, 100).events())
        .extracting(ProductionEvent::orderId)
        .containsOnly(ours.id());
    assertThat(otherMunicipalitysProduction().eventsAfter(0, 100).events())
        .extracting(ProductionEvent::orderId)
        .containsOnly(theirs.id());
  }

  @Test
  void anOrderForAnotherMunicipalityIsRefused() {
    ProductionOrder order = anOrder(false);
    ProductionOrder forOthers =
        new ProductionOrder(
            order.id(),
            order.kind(),
            order.insz(),
            order.name(),
            otherMunicipality(),
            order.deliverTo(),
            order.urgent());

    assertRefused(() -> production().order(forOthers), "INVALID_REQUEST");
    assertThat(timesMade(order.id())).isZero();
  }

  @Test
  void aRefusalCarriesTheProductionsCodeAndMakesNothing() {
    refuseNextOrder("PHOTO_REJECTED", "The photo does not meet the ICAO norm");
    ProductionOrder order = anOrder(false);

    assertThatThrownBy(() -> production().order(order))
        .isInstanceOfSatisfying(
            OrderRefusedException.class, e -> assertThat(e.code()).isEqualTo("PHOTO_REJECTED"))
        .hasMessageContaining("ICAO");
    assertThat(timesMade(order.id())).isZero();
    assertThat(production().eventsAfter(0, 100).events()).isEmpty();
  }

  @Test
  void aRefusedOrderSentAgainIsRefusedAgain() {
    refuseNextOrder("PHOTO_REJECTED", "The photo does not meet the ICAO norm");
    ProductionOrder order = anOrder(false);
    assertRefused(() -> production().order(order), "PHOTO_REJECTED");

    assertRefused(() -> production().order(order), "PHOTO_REJECTED");
    assertThat(timesMade(order.id())).isZero();
  }

  @Test
  void anUnknownNationalNumberIsRefused() {
    ProductionOrder order =
        new ProductionOrder(
            UUID.randomUUID(),
            DocumentKind.PASSPORT,
            unknownPerson(),
            "Niemand Bekend",
            municipality(),
            new LocationCode("districtshuis-deurne"),
            false);

    assertRefused(() -> production().order(order), "UNKNOWN_NATIONAL_NUMBER");
  }

  @Test
  void aDeliveredCardIsActivatedAndActivatingAgainIsOne() {
    ProductionReceipt receipt = production().order(anOrder(false));
    advanceWorkingDays(6);

    production().activate(receipt.productionNumber());
    production().activate(receipt.productionNumber());

    assertThat(activated(receipt.productionNumber())).isTrue();
  }

  @Test
  void aDeliveredDocumentNobodyCameForIsSentBackOnceAndAnActivatedOneIsNot() {
    ProductionReceipt unclaimed = production().order(anOrder(false));
    ProductionReceipt handedOver = production().order(anOrder(false));
    advanceWorkingDays(6);
    production().activate(handedOver.productionNumber());

    production().returned(unclaimed.productionNumber());
    production().returned(unclaimed.productionNumber());

    assertThat(returned(unclaimed.productionNumber())).isTrue();
    assertRefused(() -> production().returned(handedOver.productionNumber()), "ALREADY_ACTIVATED");
    assertRefused(() -> production().returned("BE1999-999999"), "UNKNOWN_PRODUCTION_NUMBER");
    assertThat(returned(handedOver.productionNumber())).isFalse();
  }

  @Test
  void aCardNotYetDeliveredIsNotActivated() {
    ProductionReceipt receipt = production().order(anOrder(false));
    advanceWorkingDays(5);

    assertRefused(() -> production().activate(receipt.productionNumber()), "NOT_DELIVERED");
    assertThat(activated(receipt.productionNumber())).isFalse();
  }

  @Test
  void anUnknownOrAnotherMunicipalitysCardIsNotActivated() {
    ProductionReceipt receipt = production().order(anOrder(false));
    advanceWorkingDays(6);

    assertRefused(() -> production().activate("BE1999-999999"), "UNKNOWN_PRODUCTION_NUMBER");
    assertRefused(
        () -> otherMunicipalitysProduction().activate(receipt.productionNumber()),
        "UNKNOWN_PRODUCTION_NUMBER");
    assertThat(activated(receipt.productionNumber())).isFalse();
  }

  @Test
  void aWrongApiKeyIsAnErrorThatChangesNothing() {
    ProductionOrder order = anOrder(false);
    ProductionReceipt delivered = production().order(anOrder(false));
    advanceWorkingDays(6);

    assertUnavailable(() -> productionWithWrongKey().order(order));
    assertUnavailable(() -> productionWithWrongKey().eventsAfter(0, 10));
    assertUnavailable(() -> productionWithWrongKey().activate(delivered.productionNumber()));

    assertThat(timesMade(order.id())).isZero();
    assertThat(activated(delivered.productionNumber())).isFalse();
    assertThat(eventsOf(order.id(), production())).isEmpty();
    production().order(order);
    assertThat(timesMade(order.id())).isEqualTo(1);
  }

  @Test
  void aCodesLetterIsOrderedOnceAndArrivesInAboutThreeWeeks() {
    CodeOrder order = aCodeOrder(cardHolder());
    ProductionReceipt receipt = production().orderCodes(order);
    assertThat(production().orderCodes(order)).isEqualTo(receipt);
    assertThat(timesMade(order.id())).isEqualTo(1);
    assertThat(receipt.expectedDelivery()).isAfter(today().plusDays(18));

    advanceWorkingDays(13);
    assertThat(eventsOf(order.id(), production()))
        .extracting(ProductionEvent::state)
        .containsExactly(DocumentState.ORDERED);
    advanceWorkingDays(2);
    List<ProductionEvent> events = eventsOf(order.id(), production());

    assertThat(events)
        .extracting(ProductionEvent::state)
        .containsExactly(DocumentState.ORDERED, DocumentState.DISPATCHED, DocumentState.ARRIVED);
    assertThat(events).extracting(ProductionEvent::subject).containsOnly(Subject.CODES);
    assertThat(events)
        .extracting(ProductionEvent::productionNumber)
        .containsOnly(receipt.productionNumber());
    assertThat(events.get(2).at().toLocalDate()).isEqualTo(receipt.expectedDelivery());
    assertRefused(
        () -> production().activate(receipt.productionNumber()), "UNKNOWN_PRODUCTION_NUMBER");
  }

  @Test
  void aDocumentsEventsSayTheyAreADocuments() {
    ProductionOrder order = anOrder(false);
    production().order(order);

    assertThat(eventsOf(order.id(), production()))
        .extracting(ProductionEvent::subject)
        .containsExactly(Subject.DOCUMENT);
  }

  @Test
  void codesAreRefusedWhileTheAddressChangesAndARefusalIsReplayed() {
    addressChangePending(cardHolder());
    CodeOrder order = aCodeOrder(cardHolder());

    assertRefused(() -> production().orderCodes(order), "ADDRESS_CHANGE_PENDING");
    assertRefused(() -> production().orderCodes(order), "ADDRESS_CHANGE_PENDING");
    assertThat(timesMade(order.id())).isZero();
    assertThat(production().eventsAfter(0, 100).events()).isEmpty();
  }

  @Test
  void codesAreRefusedWhileANewCardIsOnItsWayAndMadeOnceItIsActive() {
    ProductionOrder card =
        new ProductionOrder(
            UUID.randomUUID(),
            DocumentKind.EID,
            cardHolder(),
            "Lien Peeters",
            municipality(),
            new LocationCode("districtshuis-deurne"),
            false);
    ProductionReceipt receipt = production().order(card);

    assertRefused(() -> production().orderCodes(aCodeOrder(cardHolder())), "CARD_ORDER_PENDING");
    advanceWorkingDays(6);
    production().activate(receipt.productionNumber());
    assertThat(production().orderCodes(aCodeOrder(cardHolder())).productionNumber()).isNotBlank();
  }

  @Test
  void codesAreRefusedWithoutAnActiveCardOrForAnUnknownPerson() {
    noActiveCard(cardHolder());

    assertRefused(() -> production().orderCodes(aCodeOrder(cardHolder())), "NO_ACTIVE_CARD");
    assertRefused(
        () -> production().orderCodes(aCodeOrder(unknownPerson())), "UNKNOWN_NATIONAL_NUMBER");
  }

  @Test
  void aCodesOrderIdStandsForOneOrder() {
    CodeOrder order = aCodeOrder(cardHolder());
    production().orderCodes(order);
    CodeOrder other =
        new CodeOrder(
            order.id(), order.insz(), "Another Name", order.municipality(), order.deliverTo());

    assertRefused(() -> production().orderCodes(other), "IDEMPOTENCY_KEY_REUSED");
    assertThat(timesMade(order.id())).isEqualTo(1);
  }

  private static List<ProductionEvent> eventsOf(UUID orderId, DocumentProduction production) {
    return production.eventsAfter(0, 500).events().stream()
        .filter(e -> e.orderId().equals(orderId))
        .toList();
  }

  private static void assertRefused(ThrowingCallable call, String code) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            OrderRefusedException.class, e -> assertThat(e.code()).isEqualTo(code));
  }

  private static void assertUnavailable(ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            SystemUnavailableException.class, e -> assertThat(e.system()).isNotBlank());
  }
}
