package be.loketopmaat.application.service;

import static be.loketopmaat.application.service.AppointmentTestKit.AN;
import static be.loketopmaat.application.service.AppointmentTestKit.ATTEST;
import static be.loketopmaat.application.service.AppointmentTestKit.BART;
import static be.loketopmaat.application.service.AppointmentTestKit.EID;
import static be.loketopmaat.application.service.AppointmentTestKit.GROENENHOEK;
import static be.loketopmaat.application.service.AppointmentTestKit.HUB;
import static be.loketopmaat.application.service.AppointmentTestKit.monday;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.BookAppointmentUseCase;
import be.loketopmaat.application.port.in.BookAppointmentUseCase.BookCommand;
import be.loketopmaat.application.port.in.BookAppointmentUseCase.Booking;
import be.loketopmaat.application.port.in.BookAppointmentUseCase.Direct;
import be.loketopmaat.application.port.in.BookAppointmentUseCase.FromHold;
import be.loketopmaat.application.port.in.HoldSlotUseCase.HoldCommand;
import be.loketopmaat.application.port.in.ManageAppointmentUseCase.RescheduleCommand;
import be.loketopmaat.application.port.in.SlotTakenException;
import be.loketopmaat.application.port.in.What;
import be.loketopmaat.application.port.out.AppointmentStore;
import be.loketopmaat.application.port.out.IdempotencyStore;
import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.appointment.AppointmentStatus;
import be.loketopmaat.domain.appointment.Hold;
import be.loketopmaat.domain.appointment.Slot;
import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.common.ClientId;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.notification.MessageKind;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class BookingServiceTest {
  private static final ClientId CLIENT = ClientId.of("ip:192.0.2.1");
  private final AppointmentTestKit kit = new AppointmentTestKit();
  private final What eid = new What(List.of(EID), 1);

  @Test
  void holdThenConfirm() {
    Hold hold = kit.holds.hold(new HoldCommand(eid, HUB, monday(10, 0), null, CLIENT));
    assertThat(hold.desk()).isEqualTo("desk-1");
    assertThat(hold.expiresAt()).isEqualTo(monday(8, 10));

    Booking booking = kit.booking.book(new FromHold(hold.id(), AN, Channel.E_COUNTER, "c", null));
    Appointment appointment = booking.appointment();
    assertThat(appointment.status()).isEqualTo(AppointmentStatus.BOOKED);
    assertThat(appointment.slot()).isEqualTo(new Slot(HUB, monday(10, 0), monday(10, 20)));
    assertThat(kit.store.holds).isEmpty();
    assertThat(kit.store.outbox.messages)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.kind()).isEqualTo(MessageKind.CONFIRMATION);
              assertThat(m.body())
                  .endsWith(
                      "/api/v1/appointments/"
                          + appointment.reference().value()
                          + "?code="
                          + booking.managementCode());
            });
    assertThat(kit.manage.get(appointment.reference(), booking.managementCode()))
        .isEqualTo(appointment);
    assertThat(kit.store.locks).contains("desk:hub/desk-1/2026-11-23", "citizen:85073100328");
  }

  @Test
  void aTakenSlotAnswersWithTheNextFreeAlternatives() {
    book(AN, HUB, monday(10, 0));
    assertThatThrownBy(() -> book(BART, HUB, monday(10, 0)))
        .isInstanceOfSatisfying(
            SlotTakenException.class,
            e -> {
              assertThat(AppointmentTestKit.slots(e.alternatives()))
                  .hasSize(SlotRequests.ALTERNATIVES)
                  .doesNotContain(new Slot(HUB, monday(10, 0), monday(10, 20)));
              assertThat(e.alternatives().get(0).slot())
                  .isEqualTo(new Slot(HUB, monday(10, 20), monday(10, 40)));
            });
    assertThat(kit.store.appointments).hasSize(1);
  }

  @Test
  void theNextLoserIsNeverOfferedAnAlternativeTakenMeanwhile() {
    book(AN, HUB, monday(10, 0));
    Slot twenty = new Slot(HUB, monday(10, 20), monday(10, 40));
    assertThatThrownBy(() -> book(BART, HUB, monday(10, 0)))
        .isInstanceOfSatisfying(
            SlotTakenException.class,
            e -> assertThat(AppointmentTestKit.slots(e.alternatives())).startsWith(twenty));

    book(other(), HUB, monday(10, 20));

    assertThatThrownBy(() -> book(BART, HUB, monday(10, 0)))
        .isInstanceOfSatisfying(
            SlotTakenException.class,
            e ->
                assertThat(AppointmentTestKit.slots(e.alternatives()))
                    .hasSize(SlotRequests.ALTERNATIVES)
                    .doesNotContain(twenty)
                    .startsWith(new Slot(HUB, monday(10, 40), monday(11, 0))));
  }

  @Test
  void aLostHoldOrRescheduleAlsoAnswersWithAlternatives() {
    Booking booking = book(AN, HUB, monday(10, 0));
    assertThatThrownBy(() -> kit.holds.hold(new HoldCommand(eid, HUB, monday(10, 0), null, CLIENT)))
        .isInstanceOfSatisfying(
            SlotTakenException.class,
            e ->
                assertThat(AppointmentTestKit.slots(e.alternatives()))
                    .isNotEmpty()
                    .doesNotContain(new Slot(HUB, monday(10, 0), monday(10, 20))));
    Booking other = book(BART, HUB, monday(11, 0));
    assertThatThrownBy(
            () ->
                kit.manage.reschedule(
                    new RescheduleCommand(
                        other.appointment().reference(),
                        other.managementCode(),
                        HUB,
                        monday(10, 0))))
        .isInstanceOfSatisfying(
            SlotTakenException.class,
            e -> assertThat(AppointmentTestKit.slots(e.alternatives())).isNotEmpty());
    assertThat(booking.appointment().status()).isEqualTo(AppointmentStatus.BOOKED);
  }

  @Test
  void aHeldSlotIsTakenForOthersUntilTheHoldExpires() {
    kit.holds.hold(new HoldCommand(eid, HUB, monday(10, 20), null, CLIENT));
    assertThatThrownBy(() -> book(BART, HUB, monday(10, 20)))
        .isInstanceOf(SlotTakenException.class);
    kit.clock.set(monday(8, 11));
    assertThat(book(BART, HUB, monday(10, 20)).appointment().desk()).isEqualTo("desk-1");
  }

  @Test
  void anExpiredHoldCannotBeConfirmed() {
    Hold hold = kit.holds.hold(new HoldCommand(eid, HUB, monday(10, 0), null, CLIENT));
    kit.clock.set(monday(8, 10));
    assertThatThrownBy(
            () -> kit.booking.book(new FromHold(hold.id(), AN, Channel.E_COUNTER, "c", null)))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo("hold-expired"));
  }

  @Test
  void aHoldStillSaysItExpiredAfterAnotherBookingGaveItsTimeBack() {
    Hold hold = kit.holds.hold(new HoldCommand(eid, HUB, monday(10, 30), null, CLIENT));
    kit.clock.set(monday(8, 10));
    book(BART, HUB, monday(10, 30));

    assertThatThrownBy(
            () -> kit.booking.book(new FromHold(hold.id(), AN, Channel.E_COUNTER, "c", null)))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo("hold-expired"));
    assertThat(kit.store.appointments.values())
        .extracting(a -> a.citizen().name())
        .containsExactly("Bart Janssens");
  }

  @Test
  void aRetryThatFindsItsSlotTakenByItsOwnFirstAttemptGetsThatBooking() {
    // The retry looks for its key while the first attempt is still running (it finds nothing), and
    // finds the slot taken by that attempt once it has committed.
    IdempotencyStore real = kit.store.idempotency;
    AtomicBoolean firstAttemptStillRunning = new AtomicBoolean();
    IdempotencyStore racing =
        new IdempotencyStore() {
          @Override
          public Optional<Stored> find(String client, String key) {
            return firstAttemptStillRunning.getAndSet(false)
                ? Optional.empty()
                : real.find(client, key);
          }

          @Override
          public void claim(String client, String key, String fingerprint, LocalDateTime at) {
            real.claim(client, key, fingerprint, at);
          }

          @Override
          public void complete(
              String client, String key, AppointmentReference reference, String managementCode) {
            real.complete(client, key, reference, managementCode);
          }

          @Override
          public int forgetBefore(LocalDateTime cutoff) {
            return real.forgetBefore(cutoff);
          }
        };
    BookAppointmentUseCase booking = kit.bookingsOn(kit.store, racing).bookings();
    Direct command = new Direct(eid, HUB, monday(10, 0), AN, Channel.E_COUNTER, "client-1", "k-2");
    Booking first = booking.book(command);

    firstAttemptStillRunning.set(true);
    Booking again = booking.book(command);

    assertThat(again.appointment().reference()).isEqualTo(first.appointment().reference());
    assertThat(again.managementCode()).isEqualTo(first.managementCode());
    assertThat(kit.store.appointments).hasSize(1);
  }

  @Test
  void aReferenceThatIsTakenAlreadyIsDrawnAgainInAFreshTransaction() {
    AtomicBoolean taken = new AtomicBoolean(true);
    InMemoryAppointments store =
        new InMemoryAppointments() {
          @Override
          public void insert(Appointment appointment) {
            if (taken.getAndSet(false)) {
              throw new AppointmentStore.ReferenceTakenException(appointment.reference());
            }
            super.insert(appointment);
          }
        };
    BookAppointmentUseCase booking = kit.bookingsOn(store, store.idempotency).bookings();

    Booking booked =
        booking.book(new Direct(eid, HUB, monday(10, 0), AN, Channel.E_COUNTER, "c", "k-3"));

    assertThat(taken).as("the first reference was refused").isFalse();
    assertThat(store.appointments.values()).containsExactly(booked.appointment());
    assertThat(store.outbox.messages).hasSize(1);
    assertThat(store.idempotency.find("c", "k-3"))
        .hasValueSatisfying(
            stored -> assertThat(stored.reference()).isEqualTo(booked.appointment().reference()));
  }

  @Test
  void aFailedBookingLeavesNothingBehindItsIdempotencyKeyIncluded() {
    book(AN, HUB, monday(10, 0));
    Direct same = new Direct(eid, HUB, monday(10, 0), BART, Channel.E_COUNTER, "client-1", "k-9");

    assertThatThrownBy(() -> kit.booking.book(same)).isInstanceOf(SlotTakenException.class);
    assertThat(kit.store.idempotency.find("client-1", "k-9")).isEmpty();
    assertThat(kit.store.outbox.messages).hasSize(1);
  }

  @Test
  void commandsRefuseWhatTheyCannotMean() {
    assertThatThrownBy(() -> new Direct(eid, HUB, null, AN, Channel.E_COUNTER, "c", null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("start"));
    assertThatThrownBy(() -> new FromHold(null, null, Channel.CALL, "c", null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.field())
                    .containsExactly("hold", "citizen"));
    assertThatThrownBy(() -> new What(List.of(), 1)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new What(List.of(EID), 0)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aRetryWithTheSameIdempotencyKeyReturnsTheFirstBookingAndBooksNothingNew() {
    BookCommand command =
        new Direct(eid, HUB, monday(10, 0), AN, Channel.E_COUNTER, "client-1", "k-1");
    Booking first = kit.booking.book(command);
    Booking again = kit.booking.book(command);
    assertThat(again.appointment().reference()).isEqualTo(first.appointment().reference());
    assertThat(again.managementCode()).isEqualTo(first.managementCode());
    assertThat(kit.store.appointments).hasSize(1);

    BookCommand other =
        new Direct(eid, HUB, monday(11, 0), AN, Channel.E_COUNTER, "client-1", "k-1");
    assertThatThrownBy(() -> kit.booking.book(other))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.reason()).isEqualTo("idempotency-key-reused"));
    BookCommand otherClient =
        new Direct(
            new What(List.of(ATTEST), 1),
            HUB,
            monday(11, 0),
            BART,
            Channel.E_COUNTER,
            "client-2",
            "k-1");
    assertThat(kit.booking.book(otherClient).appointment().reference())
        .isNotEqualTo(first.appointment().reference());
  }

  @Test
  void fairUseOneOpenAppointmentPerProductAndAFewInAll() {
    book(AN, HUB, monday(10, 0));
    assertThatThrownBy(() -> book(AN, GROENENHOEK, monday(14, 0)))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.reason()).isEqualTo("product-already-booked"));
    kit.booking.book(
        new Direct(
            new What(List.of(ATTEST), 1), HUB, monday(11, 0), AN, Channel.E_COUNTER, "c", null));
    kit.booking.book(
        new Direct(
            new What(List.of(ATTEST, EID), 1),
            GROENENHOEK,
            monday(15, 0),
            BART,
            Channel.E_COUNTER,
            "c",
            null));
    assertThat(kit.store.appointments).hasSize(3);
  }

  @Test
  void aCitizenCannotTakeBackASlotTheyJustGaveUp() {
    Booking booking = book(AN, HUB, monday(10, 0));
    kit.manage.cancel(booking.appointment().reference(), booking.managementCode());
    assertThatThrownBy(() -> book(AN, HUB, monday(10, 0)))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo("recently-released"));
    assertThat(book(BART, HUB, monday(10, 0)).appointment().status())
        .isEqualTo(AppointmentStatus.BOOKED);
    kit.clock.set(monday(8, 31));
    assertThat(book(AN, GROENENHOEK, monday(13, 0)).appointment().status())
        .isEqualTo(AppointmentStatus.BOOKED);
  }

  @Test
  void rescheduleSecuresTheNewSlotBeforeReleasingTheOld() {
    Booking booking = book(AN, HUB, monday(10, 0));
    book(BART, HUB, monday(11, 0));
    assertThatThrownBy(
            () ->
                kit.manage.reschedule(
                    new RescheduleCommand(
                        booking.appointment().reference(),
                        booking.managementCode(),
                        HUB,
                        monday(11, 0))))
        .isInstanceOf(SlotTakenException.class);
    assertThat(kit.manage.get(booking.appointment().reference(), booking.managementCode()).start())
        .isEqualTo(monday(10, 0));

    Appointment moved =
        kit.manage.reschedule(
            new RescheduleCommand(
                booking.appointment().reference(),
                booking.managementCode(),
                GROENENHOEK,
                monday(13, 0)));
    assertThat(moved.slot()).isEqualTo(new Slot(GROENENHOEK, monday(13, 0), monday(13, 20)));
    assertThat(moved.reference()).isEqualTo(booking.appointment().reference());
    // The old slot is free again for someone else.
    assertThat(book(other(), HUB, monday(10, 0)).appointment().desk()).isEqualTo("desk-1");
    assertThat(kit.store.outbox.messages).extracting(m -> m.kind()).contains(MessageKind.CHANGE);
  }

  @Test
  void aMoveWithinItsOwnTimeIsAllowed() {
    Booking booking = book(AN, HUB, monday(10, 0));
    Appointment moved =
        kit.manage.reschedule(
            new RescheduleCommand(
                booking.appointment().reference(), booking.managementCode(), HUB, monday(10, 10)));
    assertThat(moved.start()).isEqualTo(monday(10, 10));
  }

  @Test
  void theManagementCodeGuardsTheAppointment() {
    Booking booking = book(AN, HUB, monday(10, 0));
    assertThatThrownBy(() -> kit.manage.get(booking.appointment().reference(), "guess"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> kit.manage.cancel(booking.appointment().reference(), "guess"))
        .isInstanceOf(NotFoundException.class);
    assertThat(kit.store.appointments.values())
        .allMatch(a -> a.status() == AppointmentStatus.BOOKED);
  }

  @Test
  void onlyRealSlotsInsideTheBookingWindowCanBeBooked() {
    assertThatThrownBy(() -> book(AN, HUB, monday(10, 5)))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo("not-on-grid"));
    assertThatThrownBy(() -> book(AN, HUB, monday(15, 50)))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo("does-not-fit"));
    assertThatThrownBy(() -> book(AN, HUB, monday(20, 0)))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo("location-closed"));
    assertThatThrownBy(() -> kit.holds.hold(new HoldCommand(eid, HUB, monday(7, 0), null, CLIENT)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () ->
                kit.holds.hold(
                    new HoldCommand(
                        eid, HUB, monday(10, 0).plusDays(1).withHour(20), null, CLIENT)))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo("location-closed"));
    assertThatThrownBy(() -> book(AN, HUB, monday(9, 0)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("can be booked from");
    assertThatThrownBy(() -> book(AN, new LocationCode("bib"), monday(10, 0)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("does not offer");
    assertThat(kit.store.appointments).isEmpty();
  }

  private Booking book(Citizen citizen, LocationCode location, LocalDateTime start) {
    return kit.booking.book(
        new Direct(eid, location, start, citizen, Channel.E_COUNTER, "c", null));
  }

  private static Citizen other() {
    return new Citizen(
        be.loketopmaat.domain.citizen.NationalNumber.of("85473100317"),
        "Chris",
        "c@example.be",
        null,
        null);
  }
}
