package be.loketopmaat.application.port.out.contract;

import static be.loketopmaat.application.port.out.contract.AppointmentFixtures.CLIENT;
import static be.loketopmaat.application.port.out.contract.AppointmentFixtures.DESK;
import static be.loketopmaat.application.port.out.contract.AppointmentFixtures.HUB;
import static be.loketopmaat.application.port.out.contract.AppointmentFixtures.OTHER_DESK;
import static be.loketopmaat.application.port.out.contract.AppointmentFixtures.OTHER_HUB;
import static be.loketopmaat.application.port.out.contract.AppointmentFixtures.block;
import static be.loketopmaat.application.port.out.contract.AppointmentFixtures.booked;
import static be.loketopmaat.application.port.out.contract.AppointmentFixtures.hold;
import static be.loketopmaat.application.port.out.contract.AppointmentFixtures.insz;
import static be.loketopmaat.application.port.out.contract.AppointmentFixtures.slot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.out.AgendaQueries;
import be.loketopmaat.application.port.out.AppointmentStore;
import be.loketopmaat.application.port.out.AppointmentStore.ReferenceTakenException;
import be.loketopmaat.application.port.out.DeskTimeLedger;
import be.loketopmaat.application.port.out.FairUseRecords;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.appointment.DeskBlock;
import be.loketopmaat.domain.appointment.DeskTime;
import be.loketopmaat.domain.appointment.Hold;
import be.loketopmaat.domain.appointment.Slot;
import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.ClientId;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.location.LocationCode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every implementation of the booking core's out-ports must do, whatever keeps the data: the
 * JDBC adapter on PostgreSQL and on H2, and the in-memory fakes the services' tests use, each run
 * it through a subclass. Framework-free: a subclass hands over its ports and empties them before
 * each test. That the locks make others wait is for the implementations that are shared by threads
 * to show (the JDBC adapter's locking contract); this one states what one caller sees.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AppointmentPortsContract {
  protected static final LocalDate DAY = LocalDate.of(2027, 3, 2);
  protected static final LocalDateTime NOW = LocalDateTime.of(2027, 3, 1, 9, 0);
  protected static final LocalDateTime TEN = DAY.atTime(10, 0);

  /**
   * The four role ports of one implementation (one object may be all four) and its transactions.
   */
  public record Ports(
      AppointmentStore store,
      DeskTimeLedger ledger,
      FairUseRecords fairUse,
      AgendaQueries agenda,
      Transactions transactions) {}

  protected AppointmentStore store;
  protected DeskTimeLedger ledger;
  protected FairUseRecords fairUse;
  protected AgendaQueries agenda;
  protected Transactions transactions;

  /** The implementation under test, emptied of every appointment, hold, block, lock and release. */
  protected abstract Ports emptyPorts();

  @BeforeEach
  void startEmpty() {
    Ports ports = emptyPorts();
    store = ports.store();
    ledger = ports.ledger();
    fairUse = ports.fairUse();
    agenda = ports.agenda();
    transactions = ports.transactions();
  }

  // Appointments

  @Test
  void aPickupIsTakenWhileItsAppointmentIsOpenOrItsHoldLive() {
    UUID document = UUID.randomUUID();
    Appointment base = booked(1, DESK, slot(HUB, TEN, 10));
    Appointment pickup =
        Appointment.book(
            base.reference(),
            base.managementCodeHash(),
            DESK,
            base.slot(),
            base.products(),
            1,
            base.citizen(),
            Channel.E_COUNTER,
            document);
    assertThat(ledger.pickupTaken(document, NOW)).isFalse();

    store.insert(pickup);
    assertThat(store.findByReference(pickup.reference()).orElseThrow().pickupOf())
        .isEqualTo(document);
    assertThat(ledger.pickupTaken(document, NOW)).isTrue();
    assertThat(ledger.pickupTaken(UUID.randomUUID(), NOW)).isFalse();

    store.update(pickup.cancel(NOW));
    assertThat(ledger.pickupTaken(document, NOW)).as("cancelled").isFalse();

    Hold held = hold(DESK, slot(HUB, TEN.plusHours(1), 10), NOW.plusMinutes(10));
    Hold heldPickup =
        new Hold(
            held.id(),
            held.location(),
            held.desk(),
            held.start(),
            held.end(),
            held.products(),
            1,
            held.expiresAt(),
            held.holder(),
            document);
    ledger.insertHold(heldPickup);
    assertThat(ledger.findHold(held.id()).orElseThrow().pickupOf()).isEqualTo(document);
    assertThat(ledger.pickupTaken(document, NOW)).isTrue();
    assertThat(ledger.pickupTaken(document, NOW.plusMinutes(10))).as("expired").isFalse();
    ledger.releaseHold(held.id(), NOW.plusMinutes(1));
    assertThat(ledger.pickupTaken(document, NOW.plusMinutes(1))).as("released").isFalse();
  }

  @Test
  void givesBackAnInsertedAppointmentWhole() {
    Appointment appointment = booked(1, DESK, slot(HUB, TEN, 20));

    store.insert(appointment);

    assertThat(store.findByReference(appointment.reference())).contains(appointment);
  }

  @Test
  void keepsACitizenWithOnlyAPhoneOrOnlyAnEmail() {
    Appointment phoneOnly =
        withCitizen(
            booked(1, DESK, slot(HUB, TEN, 20)),
            new Citizen(insz(1), "Phone Only", null, "03 123 45 67", Language.NL));
    Appointment emailOnly =
        withCitizen(
            booked(2, DESK, slot(HUB, TEN.plusHours(1), 20)),
            new Citizen(insz(2), "Email Only", "only@example.org", null, Language.EN));

    store.insert(phoneOnly);
    store.insert(emailOnly);

    assertThat(store.findByReference(phoneOnly.reference())).contains(phoneOnly);
    assertThat(store.findByReference(emailOnly.reference())).contains(emailOnly);
  }

  @Test
  void findsNothingUnderAnUnknownReference() {
    store.insert(booked(1, DESK, slot(HUB, TEN, 20)));

    assertThat(store.findByReference(new AppointmentReference("K7M-4QXD"))).isEmpty();
  }

  @Test
  void refusesATakenReferenceAndKeepsTheFirstAppointment() {
    Appointment first = booked(1, DESK, slot(HUB, TEN, 20));
    store.insert(first);
    Appointment second =
        withReference(
            booked(2, OTHER_DESK, slot(OTHER_HUB, TEN.plusHours(2), 10)), first.reference());

    assertThatThrownBy(() -> store.insert(second))
        .isInstanceOf(ReferenceTakenException.class)
        .hasMessageContaining(first.reference().value());
    assertThat(store.findByReference(first.reference())).contains(first);
  }

  @Test
  void updateStoresEachStepOfTheVisit() {
    Appointment booked = booked(1, DESK, slot(HUB, TEN, 20));
    store.insert(booked);

    Appointment checkedIn = booked.checkIn(TEN.minusMinutes(5), Duration.ofMinutes(10));
    store.update(checkedIn);
    assertThat(store.findByReference(booked.reference())).contains(checkedIn);

    Appointment completed = checkedIn.call(TEN.plusMinutes(1)).complete(TEN.plusMinutes(15));
    store.update(completed);
    assertThat(store.findByReference(booked.reference())).contains(completed);
  }

  @Test
  void updateMovesAnAppointmentAndItsDeskTime() {
    Appointment booked = booked(1, DESK, slot(HUB, TEN, 20));
    store.insert(booked);
    Slot later = slot(OTHER_HUB, TEN.plusDays(1).plusHours(3), 20);

    Appointment moved = booked.movedTo(later, OTHER_DESK);
    store.update(moved);

    assertThat(store.findByReference(booked.reference())).contains(moved);
    assertThat(taken(Set.of(HUB, OTHER_HUB), DAY.atStartOfDay(), DAY.plusDays(2).atStartOfDay()))
        .containsExactly(
            new DeskTime(booked.id(), OTHER_HUB, OTHER_DESK, later.start(), later.end()));
  }

  @Test
  void updateOfAnUnknownAppointmentCreatesNothing() {
    Appointment never = booked(1, DESK, slot(HUB, TEN, 20));

    assertThatThrownBy(() -> store.update(never)).isInstanceOf(NotFoundException.class);

    assertThat(store.findByReference(never.reference())).isEmpty();
  }

  @Test
  void findsACitizensOpenAppointmentsOnlyByStart() {
    Appointment later = booked(1, DESK, slot(HUB, TEN.plusDays(1), 20));
    Appointment earlier = booked(1, DESK, slot(HUB, TEN, 20));
    Appointment checkedIn = booked(1, OTHER_DESK, slot(HUB, TEN.plusHours(1), 20));
    Appointment cancelled = booked(1, DESK, slot(OTHER_HUB, TEN, 20));
    Appointment someoneElses = booked(2, DESK, slot(HUB, TEN.plusHours(2), 20));
    List.of(later, earlier, checkedIn, cancelled, someoneElses).forEach(store::insert);
    store.update(checkedIn.checkIn(TEN.plusHours(1), Duration.ofMinutes(10)));
    store.update(cancelled.cancel(NOW));

    assertThat(fairUse.findOpenByCitizen(insz(1)))
        .extracting(Appointment::reference)
        .containsExactly(earlier.reference(), checkedIn.reference(), later.reference());
  }

  @Test
  void listsEveryAppointmentOfALocationsDayByStartWhateverItsStatus() {
    Appointment second = booked(1, DESK, slot(HUB, TEN.plusMinutes(30), 20));
    Appointment first = booked(2, OTHER_DESK, slot(HUB, TEN, 20));
    Appointment cancelled = booked(3, DESK, slot(HUB, TEN, 20));
    Appointment atMidnightAfter = booked(4, DESK, slot(HUB, DAY.plusDays(1).atStartOfDay(), 20));
    Appointment dayBefore = booked(5, DESK, slot(HUB, TEN.minusDays(1), 20));
    Appointment elsewhere = booked(6, DESK, slot(OTHER_HUB, TEN, 20));
    List.of(second, first, cancelled, atMidnightAfter, dayBefore, elsewhere).forEach(store::insert);
    store.update(cancelled.cancel(NOW));

    assertThat(agenda.findByLocationAndDay(HUB, DAY))
        .extracting(Appointment::reference)
        .containsExactlyInAnyOrder(first.reference(), cancelled.reference(), second.reference());
    assertThat(agenda.findByLocationAndDay(HUB, DAY))
        .extracting(Appointment::start)
        .containsExactly(TEN, TEN, TEN.plusMinutes(30));
  }

  @Test
  void findsTheDaysStillBookedAppointmentsAtEveryLocation() {
    Appointment here = booked(1, DESK, slot(HUB, TEN, 20));
    Appointment there = booked(2, DESK, slot(OTHER_HUB, TEN.plusHours(1), 20));
    Appointment checkedIn = booked(3, OTHER_DESK, slot(HUB, TEN, 20));
    Appointment cancelled = booked(4, DESK, slot(HUB, TEN.plusHours(2), 20));
    Appointment nextDay = booked(5, DESK, slot(HUB, TEN.plusDays(1), 20));
    List.of(here, there, checkedIn, cancelled, nextDay).forEach(store::insert);
    store.update(checkedIn.checkIn(TEN, Duration.ofMinutes(10)));
    store.update(cancelled.cancel(NOW));

    assertThat(agenda.findBookedOn(DAY)).containsExactly(here, there);
  }

  // Search

  private static AgendaQueries.Criteria criteria(
      AppointmentReference reference,
      NationalNumber insz,
      String name,
      String email,
      String phone,
      LocalDate day,
      LocationCode location,
      LocalDateTime startsFrom,
      boolean bookedOnly,
      int limit) {
    return new AgendaQueries.Criteria(
        reference, insz, name, email, phone, day, location, startsFrom, bookedOnly, limit);
  }

  @Test
  void searchesByEveryCriterionGivenAndOnlyThoseByStartThenReference() {
    Appointment an =
        withCitizen(
            booked(1, DESK, slot(HUB, TEN, 20)),
            new Citizen(insz(1), "Anaïs Van den Broeck", "Anais@Example.org", null, Language.NL));
    Appointment bart =
        withCitizen(
            booked(2, OTHER_DESK, slot(HUB, TEN.plusHours(1), 20)),
            new Citizen(insz(2), "Bart 50%_Man", null, "0470 12 34 56", Language.FR));
    Appointment elsewhere = booked(3, DESK, slot(OTHER_HUB, TEN.plusDays(1), 20));
    Appointment cancelled = booked(4, DESK, slot(HUB, TEN.plusHours(2), 20));
    List.of(an, bart, elsewhere, cancelled).forEach(store::insert);
    store.update(cancelled.cancel(NOW));

    assertThat(
            agenda.search(
                criteria(an.reference(), null, null, null, null, null, null, null, false, 10)))
        .containsExactly(an);
    assertThat(
            agenda.search(criteria(null, insz(2), null, null, null, null, null, null, false, 10)))
        .containsExactly(bart);
    assertThat(
            agenda.search(criteria(null, null, "van DEN", null, null, null, null, null, false, 10)))
        .containsExactly(an);
    // LIKE's wildcards in a name are letters to look for, not patterns.
    assertThat(agenda.search(criteria(null, null, "50%_", null, null, null, null, null, false, 10)))
        .containsExactly(bart);
    assertThat(agenda.search(criteria(null, null, "s_V", null, null, null, null, null, false, 10)))
        .isEmpty();
    assertThat(
            agenda.search(
                criteria(null, null, null, "anais@example.ORG", null, null, null, null, false, 10)))
        .containsExactly(an);
    assertThat(
            agenda.search(
                criteria(null, null, null, null, "+32470123456", null, null, null, false, 10)))
        .containsExactly(bart);
    assertThat(
            agenda.search(
                criteria(null, null, null, null, "+32470123457", null, null, null, false, 10)))
        .isEmpty();
    assertThat(agenda.search(criteria(null, null, null, null, null, DAY, HUB, null, false, 10)))
        .extracting(Appointment::reference)
        .containsExactly(an.reference(), bart.reference(), cancelled.reference());
    assertThat(agenda.search(criteria(null, null, null, null, null, DAY, HUB, null, true, 10)))
        .containsExactly(an, bart);
    assertThat(
            agenda.search(
                criteria(null, null, null, null, null, null, null, TEN.plusMinutes(1), true, 10)))
        .containsExactly(bart, elsewhere);
    assertThat(agenda.search(criteria(null, null, null, null, null, DAY, null, null, false, 2)))
        .containsExactly(an, bart);
    assertThat(
            agenda.search(
                criteria(an.reference(), insz(2), null, null, null, null, null, null, false, 10)))
        .isEmpty();
  }

  // Taken time

  @Test
  void takenTimeIsWhatOpenAppointmentsLiveHoldsAndBlocksTakeInTheRange() {
    Appointment appointment = booked(1, DESK, slot(HUB, TEN, 20));
    Hold hold = hold(OTHER_DESK, slot(HUB, TEN.plusMinutes(10), 20), NOW.plusMinutes(10));
    DeskBlock block = block(DESK, slot(HUB, TEN.plusMinutes(40), 30));
    store.insert(appointment);
    ledger.insertHold(hold);
    ledger.insertBlock(block);

    assertThat(taken(Set.of(HUB), TEN, TEN.plusHours(1)))
        .containsExactlyInAnyOrder(
            new DeskTime(appointment.id(), HUB, DESK, TEN, TEN.plusMinutes(20)),
            new DeskTime(
                hold.id(),
                HUB,
                OTHER_DESK,
                TEN.plusMinutes(10),
                TEN.plusMinutes(30),
                hold.expiresAt()),
            new DeskTime(block.id(), HUB, DESK, TEN.plusMinutes(40), TEN.plusMinutes(70)));
  }

  @Test
  void takenTimeHasWhatOverlapsTheRangeAndNotWhatOnlyTouchesIt() {
    Appointment runsIn = booked(1, DESK, slot(HUB, TEN.minusMinutes(10), 20));
    Appointment runsOut = booked(2, OTHER_DESK, slot(HUB, TEN.plusMinutes(50), 20));
    Appointment endsAtTheStart = booked(3, OTHER_DESK, slot(HUB, TEN.minusMinutes(20), 20));
    Appointment startsAtTheEnd = booked(4, DESK, slot(HUB, TEN.plusHours(1), 20));
    Appointment startedTheDayBefore = booked(5, "desk-3", slot(HUB, TEN.minusHours(14), 23 * 60));
    List.of(runsIn, runsOut, endsAtTheStart, startsAtTheEnd, startedTheDayBefore)
        .forEach(store::insert);

    assertThat(taken(Set.of(HUB), TEN, TEN.plusHours(1)))
        .extracting(DeskTime::id)
        .containsExactlyInAnyOrder(runsIn.id(), runsOut.id(), startedTheDayBefore.id());
  }

  @Test
  void takenTimeStartingHasWhatStartsInTheRangeOnlyAtTheNamedLocations() {
    Appointment startsAtTheStart = booked(1, DESK, slot(HUB, TEN, 20));
    Appointment runsIn = booked(2, OTHER_DESK, slot(HUB, TEN.minusMinutes(10), 20));
    Appointment startsAtTheEnd = booked(3, "desk-5", slot(HUB, TEN.plusHours(1), 20));
    Appointment runsOut = booked(4, "desk-3", slot(HUB, TEN.plusMinutes(50), 20));
    Appointment elsewhere = booked(5, DESK, slot(OTHER_HUB, TEN, 20));
    Hold expired = hold("desk-4", slot(HUB, TEN, 20), NOW.plusMinutes(10));
    List.of(startsAtTheStart, runsIn, startsAtTheEnd, runsOut, elsewhere).forEach(store::insert);
    ledger.insertHold(expired);

    assertThat(ledger.takenTimeStarting(Set.of(HUB), TEN, TEN.plusHours(1), NOW))
        .extracting(DeskTime::id)
        .containsExactlyInAnyOrder(startsAtTheStart.id(), runsOut.id(), expired.id());
    assertThat(ledger.takenTimeStarting(Set.of(HUB), TEN, TEN.plusHours(1), NOW.plusMinutes(10)))
        .extracting(DeskTime::id)
        .containsExactlyInAnyOrder(startsAtTheStart.id(), runsOut.id());
    assertThat(ledger.takenTimeStarting(Set.of(), TEN, TEN.plusHours(1), NOW)).isEmpty();
  }

  @Test
  void takenTimeIsThatOfTheNamedLocationsOnly() {
    Appointment here = booked(1, DESK, slot(HUB, TEN, 20));
    Appointment there = booked(2, DESK, slot(OTHER_HUB, TEN, 20));
    store.insert(here);
    store.insert(there);

    assertThat(taken(Set.of(OTHER_HUB), TEN, TEN.plusHours(1)))
        .extracting(DeskTime::id)
        .containsExactly(there.id());
    assertThat(taken(Set.of(HUB, OTHER_HUB), TEN, TEN.plusHours(1))).hasSize(2);
    assertThat(taken(Set.of(), TEN, TEN.plusHours(1))).isEmpty();
  }

  @Test
  void closedAppointmentsGiveTheirTimeBack() {
    Appointment cancelled = booked(1, DESK, slot(HUB, TEN, 20));
    Appointment noShow = booked(2, OTHER_DESK, slot(HUB, TEN, 20));
    store.insert(cancelled);
    store.insert(noShow);

    store.update(cancelled.cancel(NOW));
    store.update(noShow.markNoShow(TEN.plusMinutes(11), Duration.ofMinutes(10)));

    assertThat(taken(Set.of(HUB), TEN, TEN.plusHours(1))).isEmpty();
    Appointment again = booked(3, DESK, slot(HUB, TEN, 20));
    store.insert(again);
    assertThat(taken(Set.of(HUB), TEN, TEN.plusHours(1)))
        .extracting(DeskTime::id)
        .containsExactly(again.id());
  }

  // Holds

  @Test
  void givesBackAHoldWholeAndForgetsItWhenDeleted() {
    Hold hold = hold(DESK, slot(HUB, TEN, 20), NOW.plusMinutes(10));
    ledger.insertHold(hold);

    assertThat(ledger.findHold(hold.id())).contains(hold);
    assertThat(ledger.deleteHold(hold.id())).isTrue();
    assertThat(ledger.deleteHold(hold.id())).isFalse();
    assertThat(ledger.findHold(hold.id())).isEmpty();
    assertThat(taken(Set.of(HUB), TEN, TEN.plusHours(1))).isEmpty();
  }

  @Test
  void holdsBlocksAndAppointmentsAreNeverTakenForOneAnother() {
    Appointment appointment = booked(1, DESK, slot(HUB, TEN, 20));
    DeskBlock block = block(OTHER_DESK, slot(HUB, TEN, 20));
    store.insert(appointment);
    ledger.insertBlock(block);

    assertThat(ledger.findHold(appointment.id())).isEmpty();
    assertThat(ledger.deleteHold(appointment.id())).isFalse();
    assertThat(ledger.deleteHold(block.id())).isFalse();
    assertThat(ledger.deleteBlock(HUB, appointment.id())).isFalse();
    assertThat(taken(Set.of(HUB), TEN, TEN.plusHours(1))).hasSize(2);
  }

  @Test
  void anExpiredHoldNoLongerCountsAndIsReleasedUnderTheDesksLock() {
    LocalDateTime expiry = NOW.plusMinutes(10);
    Hold hold = hold(DESK, slot(HUB, TEN, 20), expiry);
    Hold otherDesk = hold(OTHER_DESK, slot(HUB, TEN, 20), expiry);
    ledger.insertHold(hold);
    ledger.insertHold(otherDesk);

    assertThat(ledger.takenTime(Set.of(HUB), TEN, TEN.plusHours(1), expiry.minusNanos(1000)))
        .hasSize(2);
    assertThat(ledger.takenTime(Set.of(HUB), TEN, TEN.plusHours(1), expiry)).isEmpty();

    transactions.inTransaction(
        () -> {
          ledger.lockDeskDay(HUB, DESK, DAY);
          ledger.releaseExpiredHolds(HUB, DESK, expiry);
          return null;
        });

    // Given back: even asked as of before its expiry, the hold no longer takes the desk's time.
    assertThat(ledger.takenTime(Set.of(HUB), TEN, TEN.plusHours(1), expiry.minusNanos(1000)))
        .extracting(DeskTime::id)
        .containsExactly(otherDesk.id());
    // Kept a while, so that a late confirmation hears that it expired.
    assertThat(ledger.findHold(hold.id())).contains(hold);
    Appointment booked = booked(1, DESK, slot(HUB, TEN, 20));
    store.insert(booked);
    assertThat(ledger.takenTime(Set.of(HUB), TEN, TEN.plusHours(1), expiry))
        .extracting(DeskTime::id)
        .containsExactly(booked.id());
  }

  @Test
  void forgetsTheHoldsThatEndedBeforeAMomentAtEveryDeskAndKeepsTheOthers() {
    LocalDateTime expiry = NOW.plusMinutes(10);
    Hold released = hold(DESK, slot(HUB, TEN, 20), expiry);
    Hold neverReleased = hold(OTHER_DESK, slot(OTHER_HUB, TEN, 20), expiry);
    Hold givenUp = hold(DESK, slot(HUB, TEN.plusHours(1), 20), expiry.plusHours(2));
    Hold live = hold(OTHER_DESK, slot(HUB, TEN.plusHours(2), 20), expiry.plusHours(3));
    ledger.insertHold(released);
    ledger.insertHold(neverReleased);
    ledger.insertHold(givenUp);
    ledger.insertHold(live);
    transactions.inTransaction(
        () -> {
          ledger.lockDeskDay(HUB, DESK, DAY);
          ledger.releaseExpiredHolds(HUB, DESK, expiry);
          return null;
        });
    assertThat(ledger.releaseHold(givenUp.id(), expiry)).isTrue();

    assertThat(ledger.forgetHoldsEndedBefore(expiry)).isZero();
    assertThat(ledger.findHold(released.id())).isPresent();

    assertThat(ledger.forgetHoldsEndedBefore(expiry.plusNanos(1000))).isEqualTo(3);
    assertThat(ledger.findHold(released.id())).isEmpty();
    assertThat(ledger.findHold(neverReleased.id())).isEmpty();
    assertThat(ledger.findHold(givenUp.id())).isEmpty();
    assertThat(ledger.findHold(live.id())).contains(live);
  }

  @Test
  void aReleasedHoldGivesItsTimeBackAtOnceAndIsThenSeenExpired() {
    Hold hold = hold(DESK, slot(HUB, TEN, 20), NOW.plusMinutes(10));
    ledger.insertHold(hold);

    assertThat(ledger.releaseHold(hold.id(), NOW.plusMinutes(2))).isTrue();
    assertThat(ledger.releaseHold(hold.id(), NOW.plusMinutes(3))).isFalse();
    assertThat(ledger.releaseHold(UUID.randomUUID(), NOW)).isFalse();

    assertThat(ledger.takenTime(Set.of(HUB), TEN, TEN.plusHours(1), NOW.plusMinutes(2))).isEmpty();
    assertThat(ledger.findHold(hold.id()))
        .hasValueSatisfying(h -> assertThat(h.expiredAt(NOW.plusMinutes(2))).isTrue());
  }

  @Test
  void anExpiredHoldCannotBeReleased() {
    Hold hold = hold(DESK, slot(HUB, TEN, 20), NOW.plusMinutes(10));
    ledger.insertHold(hold);

    assertThat(ledger.releaseHold(hold.id(), NOW.plusMinutes(10))).isFalse();
  }

  @Test
  void countsAClientsLiveHoldsOnly() {
    ClientId other = ClientId.of("ip:192.0.2.99");
    ledger.insertHold(hold(DESK, slot(HUB, TEN, 20), NOW.plusMinutes(10)));
    ledger.insertHold(hold(OTHER_DESK, slot(HUB, TEN, 20), NOW.plusMinutes(5)));
    Hold released = hold(DESK, slot(HUB, TEN.plusHours(1), 20), NOW.plusMinutes(10));
    ledger.insertHold(released);
    ledger.insertHold(hold(DESK, slot(OTHER_HUB, TEN, 20), NOW.plusMinutes(10), other));
    ledger.releaseHold(released.id(), NOW.plusMinutes(1));

    assertThat(fairUse.liveHolds(CLIENT, NOW.plusMinutes(1))).isEqualTo(2);
    assertThat(fairUse.liveHolds(CLIENT, NOW.plusMinutes(5))).isEqualTo(1);
    assertThat(fairUse.liveHolds(CLIENT, NOW.plusMinutes(10))).isZero();
    assertThat(fairUse.liveHolds(other, NOW)).isEqualTo(1);
  }

  @Test
  void remembersASlotTheClientHeldUntilItsHoldEnded() {
    Slot slot = slot(HUB, TEN, 20);
    Hold expiring = hold(DESK, slot, NOW.plusMinutes(10));
    ledger.insertHold(expiring);
    LocalDateTime later = NOW.plusMinutes(20);

    // Still live: not "held until recently", it is held now.
    assertThat(fairUse.heldUntilRecently(CLIENT, slot, NOW.minusMinutes(30), NOW)).isFalse();
    // Expired at 9:10: counts from 9:10 on, for a cooldown that reaches back that far.
    assertThat(fairUse.heldUntilRecently(CLIENT, slot, later.minusMinutes(30), later)).isTrue();
    assertThat(fairUse.heldUntilRecently(CLIENT, slot, later.minusMinutes(5), later)).isFalse();
    assertThat(
            fairUse.heldUntilRecently(
                ClientId.of("ip:192.0.2.99"), slot, later.minusMinutes(30), later))
        .isFalse();
    assertThat(
            fairUse.heldUntilRecently(
                CLIENT, slot(HUB, TEN.plusMinutes(20), 20), later.minusMinutes(30), later))
        .isFalse();

    // Released early, under a lock as the service does: from then on.
    Hold released = hold(OTHER_DESK, slot(OTHER_HUB, TEN, 20), NOW.plusMinutes(10));
    ledger.insertHold(released);
    ledger.releaseHold(released.id(), NOW.plusMinutes(1));
    assertThat(fairUse.heldUntilRecently(CLIENT, slot(OTHER_HUB, TEN, 20), NOW, NOW.plusMinutes(2)))
        .isTrue();
  }

  @Test
  void aConfirmedHoldIsNotOneTheClientGaveUp() {
    Slot slot = slot(HUB, TEN, 20);
    Hold hold = hold(DESK, slot, NOW.plusMinutes(10));
    ledger.insertHold(hold);
    ledger.deleteHold(hold.id());

    assertThat(fairUse.heldUntilRecently(CLIENT, slot, NOW, NOW.plusMinutes(20))).isFalse();
  }

  // Blocks

  @Test
  void aBlockTakesTimeUntilItIsDeletedAtItsLocation() {
    DeskBlock block = block(DESK, slot(HUB, TEN, 60));
    ledger.insertBlock(block);

    assertThat(taken(Set.of(HUB), TEN, TEN.plusHours(1)))
        .extracting(DeskTime::id)
        .containsExactly(block.id());
    assertThat(ledger.deleteBlock(OTHER_HUB, block.id())).isFalse();
    assertThat(ledger.deleteBlock(HUB, UUID.randomUUID())).isFalse();
    assertThat(ledger.deleteBlock(HUB, block.id())).isTrue();
    assertThat(taken(Set.of(HUB), TEN, TEN.plusHours(1))).isEmpty();
  }

  @Test
  void listsADaysBlocksAtALocationByStartThenDesk() {
    DeskBlock later = block(DESK, slot(HUB, TEN.plusHours(2), 30));
    DeskBlock otherDesk = block(OTHER_DESK, slot(HUB, TEN, 60));
    DeskBlock first = block(DESK, slot(HUB, TEN, 60));
    ledger.insertBlock(later);
    ledger.insertBlock(otherDesk);
    ledger.insertBlock(first);
    ledger.insertBlock(block(DESK, slot(HUB, TEN.plusDays(1), 60)));
    ledger.insertBlock(block(DESK, slot(OTHER_HUB, TEN, 60)));

    assertThat(agenda.findBlocks(HUB, DAY)).containsExactly(first, otherDesk, later);
    assertThat(agenda.findBlocks(HUB, DAY.minusDays(1))).isEmpty();
  }

  // Released slots

  @Test
  void remembersASlotTheCitizenGaveUpAtThatLocationAndStart() {
    Slot slot = slot(HUB, TEN, 20);
    fairUse.recordRelease(insz(1), slot, NOW);

    assertThat(fairUse.releasedSince(insz(1), slot, NOW)).isTrue();
    assertThat(fairUse.releasedSince(insz(1), slot(HUB, TEN, 40), NOW.minusMinutes(30))).isTrue();
    assertThat(fairUse.releasedSince(insz(1), slot, NOW.plusNanos(1000))).isFalse();
    assertThat(fairUse.releasedSince(insz(2), slot, NOW.minusMinutes(30))).isFalse();
    assertThat(fairUse.releasedSince(insz(1), slot(OTHER_HUB, TEN, 20), NOW.minusMinutes(30)))
        .isFalse();
    assertThat(
            fairUse.releasedSince(
                insz(1), slot(HUB, TEN.plusMinutes(10), 20), NOW.minusMinutes(30)))
        .isFalse();
  }

  // Transactions

  @Test
  void aTransactionThatFailsLeavesNothingBehind() {
    Appointment kept = booked(1, DESK, slot(HUB, TEN, 20));
    store.insert(kept);
    Appointment added = booked(2, OTHER_DESK, slot(HUB, TEN, 20));
    Hold hold = hold(DESK, slot(HUB, TEN.plusHours(1), 20), NOW.plusMinutes(10));
    DeskBlock block = block(OTHER_DESK, slot(HUB, TEN.plusHours(2), 30));
    IllegalStateException failure = new IllegalStateException("the work failed after writing");

    assertThatThrownBy(
            () ->
                transactions.inTransaction(
                    () -> {
                      ledger.lockDeskDay(HUB, DESK, DAY);
                      store.insert(added);
                      store.update(kept.cancel(NOW));
                      ledger.insertHold(hold);
                      ledger.insertBlock(block);
                      fairUse.recordRelease(insz(1), kept.slot(), NOW);
                      throw failure;
                    }))
        .isSameAs(failure);

    assertThat(store.findByReference(kept.reference())).contains(kept);
    assertThat(store.findByReference(added.reference())).isEmpty();
    assertThat(ledger.findHold(hold.id())).isEmpty();
    assertThat(taken(Set.of(HUB), DAY.atStartOfDay(), DAY.plusDays(1).atStartOfDay()))
        .extracting(DeskTime::id)
        .containsExactly(kept.id());
    assertThat(fairUse.releasedSince(insz(1), kept.slot(), NOW.minusDays(1))).isFalse();
  }

  @Test
  void aTransactionCommitsWhatItWroteAndGivesBackWhatItReturns() {
    Appointment appointment = booked(1, DESK, slot(HUB, TEN, 20));

    String answer =
        transactions.inTransaction(
            () -> {
              ledger.lockDeskDay(HUB, DESK, DAY);
              store.insert(appointment);
              return "written";
            });

    assertThat(answer).isEqualTo("written");
    assertThat(store.findByReference(appointment.reference())).contains(appointment);
  }

  @Test
  void locksOnlyInsideATransaction() {
    assertThatThrownBy(() -> ledger.lockDeskDay(HUB, DESK, DAY))
        .hasMessageContaining("transaction");
    assertThatThrownBy(() -> fairUse.lockCitizen(insz(1))).hasMessageContaining("transaction");
    assertThatThrownBy(() -> fairUse.lockClient(CLIENT)).hasMessageContaining("transaction");
  }

  protected List<DeskTime> taken(
      Set<be.loketopmaat.domain.location.LocationCode> locations,
      LocalDateTime from,
      LocalDateTime to) {
    return ledger.takenTime(locations, from, to, NOW);
  }

  protected static Appointment withCitizen(Appointment a, Citizen citizen) {
    return new Appointment(
        a.id(),
        a.reference(),
        a.managementCodeHash(),
        a.location(),
        a.desk(),
        a.start(),
        a.end(),
        a.products(),
        a.persons(),
        citizen,
        Channel.E_COUNTER,
        a.status(),
        a.checkedInAt(),
        a.calledAt(),
        a.closedAt(),
        null,
        0);
  }

  protected static Appointment withReference(Appointment a, AppointmentReference reference) {
    return new Appointment(
        a.id(),
        reference,
        a.managementCodeHash(),
        a.location(),
        a.desk(),
        a.start(),
        a.end(),
        a.products(),
        a.persons(),
        a.citizen(),
        a.bookedVia(),
        a.status(),
        a.checkedInAt(),
        a.calledAt(),
        a.closedAt(),
        null,
        0);
  }
}
