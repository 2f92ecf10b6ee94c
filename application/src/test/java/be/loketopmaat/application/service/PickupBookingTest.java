package be.loketopmaat.application.service;

import static be.loketopmaat.application.service.AppointmentTestKit.AN;
import static be.loketopmaat.application.service.AppointmentTestKit.BART;
import static be.loketopmaat.application.service.AppointmentTestKit.GROENENHOEK;
import static be.loketopmaat.application.service.AppointmentTestKit.HUB;
import static be.loketopmaat.application.service.AppointmentTestKit.monday;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.BookAppointmentUseCase.Booking;
import be.loketopmaat.application.port.in.BookAppointmentUseCase.Direct;
import be.loketopmaat.application.port.in.BookAppointmentUseCase.FromHold;
import be.loketopmaat.application.port.in.FindSlotsUseCase.SlotQuery;
import be.loketopmaat.application.port.in.HoldSlotUseCase.HoldCommand;
import be.loketopmaat.application.port.in.ManageAppointmentUseCase.RescheduleCommand;
import be.loketopmaat.application.port.in.What;
import be.loketopmaat.domain.Fixtures;
import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.FreeSlot;
import be.loketopmaat.domain.appointment.Hold;
import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.catalogue.PickupStep;
import be.loketopmaat.domain.catalogue.Product;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.common.ClientId;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.document.DocumentKind;
import be.loketopmaat.domain.document.DocumentOrder;
import be.loketopmaat.domain.document.DocumentState;
import be.loketopmaat.domain.location.Facility;
import be.loketopmaat.domain.location.LocationCode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The pickup of a document as an appointment of its own, through the same search, holds, bookings
 * and reschedules as an application: its own desk minutes at a pickup desk with a safe, only where
 * the document lies, only once it lies there, and once at a time.
 */
class PickupBookingTest {
  final AppointmentTestKit kit = new AppointmentTestKit();

  /** The fixture's eID, its pickup by appointment (as in Antwerp) and ten minutes long. */
  final Product eid = pickedUpByAppointment(Fixtures.eid(), true);

  {
    kit.products.update(eid);
  }

  static Product pickedUpByAppointment(Product product, boolean byAppointment) {
    return new Product(
        product.code(),
        product.name(),
        product.theme(),
        product.description(),
        product.channels(),
        product.presenceRequired(),
        product.deskDuration(),
        product.requiredFacilities(),
        new PickupStep(Duration.ofMinutes(10), Set.of(Facility.SAFE), byAppointment, null),
        product.referral());
  }

  /** A document of An's, at {@code state} on its road to the hub's safe. */
  DocumentOrder document(DocumentState state) {
    LocalDateTime then = monday(7, 0).minusDays(10);
    DocumentOrder order =
        DocumentOrder.record(DocumentKind.EID, eid.code(), AN, HUB, HUB, false, "clerk-1", then);
    if (state != DocumentState.RECORDED) {
      order = order.ordered("BE-" + order.id());
      if (state != DocumentState.ORDERED) {
        order = order.reported(state, then.plusDays(7), null);
      }
    }
    kit.documents.insert(order);
    return order;
  }

  SlotQuery pickupQuery(UUID document, List<LocationCode> at) {
    return new SlotQuery(
        List.of(), 1, null, at, false, false, null, null, Set.of(), 5, null, null, document);
  }

  Booking book(UUID document, LocationCode at, LocalDateTime start) {
    return kit.booking.book(
        new Direct(What.pickup(document), at, start, AN, Channel.E_COUNTER, "client", null));
  }

  @Test
  void slotsAreTheProductsPickupStepAtAPickupDeskWhereTheDocumentLies() {
    DocumentOrder order = document(DocumentState.ARRIVED);

    List<FreeSlot> slots = kit.search.findSlots(pickupQuery(order.id(), List.of())).slots();

    assertThat(slots).hasSize(5);
    assertThat(slots).allSatisfy(s -> assertThat(s.locationCode()).isEqualTo(HUB));
    assertThat(slots.get(0).slot().start()).isEqualTo(monday(10, 0));
    // Ten minutes each (the pickup step), not the application's twenty.
    assertThat(Duration.between(slots.get(0).slot().start(), slots.get(0).slot().end()))
        .isEqualTo(Duration.ofMinutes(10));
    assertThat(slots.get(1).slot().start()).isEqualTo(monday(10, 10));
  }

  @Test
  void aBookedPickupNamesItsDocumentTakesTenMinutesAndIsTheOnlyOne() {
    DocumentOrder order = document(DocumentState.ARRIVED);

    Appointment booked = book(order.id(), HUB, monday(12, 0)).appointment();

    assertThat(booked.pickupOf()).isEqualTo(order.id());
    assertThat(booked.isPickup()).isTrue();
    assertThat(booked.products()).containsExactly(eid.code());
    assertThat(booked.end()).isEqualTo(monday(12, 10));
    assertThat(kit.store.appointments).hasSize(1);

    assertThatThrownBy(() -> book(order.id(), HUB, monday(14, 0)))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.reason()).isEqualTo("pickup-already-booked"));
    assertThat(kit.store.appointments).hasSize(1);
  }

  @Test
  void anApplicationOfTheSameSlotLengthIsNotAPickup() {
    Appointment application =
        kit.booking
            .book(
                new Direct(
                    What.of(eid.code()), HUB, monday(12, 0), BART, Channel.E_COUNTER, "c", null))
            .appointment();

    assertThat(application.pickupOf()).isNull();
    assertThat(application.end()).isEqualTo(monday(12, 20));
  }

  @Test
  void aDocumentNotYetInTheSafeCannotBePickedUpAndNothingIsBooked() {
    for (DocumentState state :
        List.of(DocumentState.RECORDED, DocumentState.IN_PRODUCTION, DocumentState.DISPATCHED)) {
      DocumentOrder order = document(state);

      assertThatThrownBy(() -> kit.search.findSlots(pickupQuery(order.id(), List.of())))
          .isInstanceOfSatisfying(
              ConflictException.class,
              e -> assertThat(e.reason()).isEqualTo("document-not-in-safe"));
      assertThatThrownBy(() -> book(order.id(), HUB, monday(12, 0)))
          .isInstanceOfSatisfying(
              ConflictException.class,
              e -> assertThat(e.reason()).isEqualTo("document-not-in-safe"));
    }
    assertThat(kit.store.appointments).isEmpty();
  }

  @Test
  void aDocumentIsPickedUpWhereItLiesOnly() {
    DocumentOrder order = document(DocumentState.ARRIVED);

    assertThatThrownBy(() -> book(order.id(), GROENENHOEK, AppointmentTestKit.monday(14, 0)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("location"));
    assertThatThrownBy(() -> kit.search.findSlots(pickupQuery(order.id(), List.of(GROENENHOEK))))
        .isInstanceOf(InvalidInputException.class);
    assertThat(kit.store.appointments).isEmpty();
  }

  @Test
  void anUnknownDocumentIsNotFound() {
    UUID unknown = UUID.randomUUID();
    assertThatThrownBy(() -> book(unknown, HUB, monday(12, 0)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> kit.search.findSlots(pickupQuery(unknown, List.of())))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void productsNamedWithAPickupMustBeTheDocumentsOwn() {
    DocumentOrder order = document(DocumentState.ARRIVED);

    assertThatThrownBy(
            () ->
                kit.booking.book(
                    new Direct(
                        new What(List.of(new ProductCode("attest-main-residence")), 1, order.id()),
                        HUB,
                        monday(12, 0),
                        AN,
                        Channel.E_COUNTER,
                        "c",
                        null)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("products"));
  }

  @Test
  void aDocumentPickedUpWithoutAppointmentIsNotBooked() {
    kit.products.update(pickedUpByAppointment(Fixtures.eid(), false));
    DocumentOrder order = document(DocumentState.ARRIVED);

    assertThatThrownBy(() -> book(order.id(), HUB, monday(12, 0)))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.reason()).isEqualTo("pickup-without-appointment"));
  }

  @Test
  void aHeldPickupKeepsTheDocumentForItsHolderAndIsBookedFromTheHold() {
    DocumentOrder order = document(DocumentState.ARRIVED);
    Hold held =
        kit.holds.hold(
            new HoldCommand(What.pickup(order.id()), HUB, monday(12, 0), null, ClientId.of("a")));
    assertThat(held.pickupOf()).isEqualTo(order.id());

    assertThatThrownBy(
            () ->
                kit.holds.hold(
                    new HoldCommand(
                        What.pickup(order.id()), HUB, monday(11, 0), null, ClientId.of("b"))))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.reason()).isEqualTo("pickup-already-booked"));

    Appointment booked =
        kit.booking.book(new FromHold(held.id(), AN, Channel.E_COUNTER, "a", null)).appointment();
    assertThat(booked.pickupOf()).isEqualTo(order.id());
    assertThat(booked.end()).isEqualTo(monday(12, 10));
  }

  @Test
  void aHeldPickupWhoseDocumentLeftTheSafeIsNotBooked() {
    DocumentOrder order = document(DocumentState.ARRIVED);
    Hold held =
        kit.holds.hold(
            new HoldCommand(What.pickup(order.id()), HUB, monday(12, 0), null, ClientId.of("a")));
    // Handed over at the walk-in desk meanwhile.
    kit.documents.update(order.handOver(monday(8, 5)), DocumentState.ARRIVED);

    assertThatThrownBy(
            () -> kit.booking.book(new FromHold(held.id(), AN, Channel.E_COUNTER, "a", null)))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo("document-not-in-safe"));
    assertThat(kit.store.appointments).isEmpty();
  }

  @Test
  void aRescheduledPickupStaysAPickupWhereTheDocumentLies() {
    DocumentOrder order = document(DocumentState.ARRIVED);
    Booking booking = book(order.id(), HUB, monday(12, 0));

    Appointment moved =
        kit.manage.reschedule(
            new RescheduleCommand(
                booking.appointment().reference(), booking.managementCode(), HUB, monday(13, 0)));
    assertThat(moved.pickupOf()).isEqualTo(order.id());
    assertThat(moved.end()).isEqualTo(monday(13, 10));

    assertThatThrownBy(
            () ->
                kit.manage.reschedule(
                    new RescheduleCommand(
                        booking.appointment().reference(),
                        booking.managementCode(),
                        GROENENHOEK,
                        monday(14, 0))))
        .isInstanceOf(InvalidInputException.class);
  }
}
