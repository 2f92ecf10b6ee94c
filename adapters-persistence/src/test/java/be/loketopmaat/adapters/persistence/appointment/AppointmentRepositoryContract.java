package be.loketopmaat.adapters.persistence.appointment;

import static be.loketopmaat.adapters.persistence.appointment.AppointmentFixtures.DESK;
import static be.loketopmaat.adapters.persistence.appointment.AppointmentFixtures.HUB;
import static be.loketopmaat.adapters.persistence.appointment.AppointmentFixtures.OTHER_DESK;
import static be.loketopmaat.adapters.persistence.appointment.AppointmentFixtures.OTHER_HUB;
import static be.loketopmaat.adapters.persistence.appointment.AppointmentFixtures.block;
import static be.loketopmaat.adapters.persistence.appointment.AppointmentFixtures.booked;
import static be.loketopmaat.adapters.persistence.appointment.AppointmentFixtures.citizen;
import static be.loketopmaat.adapters.persistence.appointment.AppointmentFixtures.hold;
import static be.loketopmaat.adapters.persistence.appointment.AppointmentFixtures.insz;
import static be.loketopmaat.adapters.persistence.appointment.AppointmentFixtures.slot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.adapters.persistence.jdbc.Concurrently;
import be.loketopmaat.adapters.persistence.jdbc.HeldTransaction;
import be.loketopmaat.adapters.persistence.jdbc.Tables;
import be.loketopmaat.application.AlreadyExistsException;
import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.out.AppointmentRepository;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.appointment.DeskBlock;
import be.loketopmaat.domain.appointment.DeskTime;
import be.loketopmaat.domain.appointment.Hold;
import be.loketopmaat.domain.appointment.Slot;
import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.common.Language;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What every {@link AppointmentRepository} must do; run against each database by a subclass. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AppointmentRepositoryContract {
  static final LocalDate DAY = LocalDate.of(2027, 3, 2);
  static final LocalDateTime NOW = LocalDateTime.of(2027, 3, 1, 9, 0);
  static final LocalDateTime TEN = DAY.atTime(10, 0);

  @Inject AppointmentRepository appointments;
  @Inject Transactions transactions;
  @Inject TransactionOperations<Connection> operations;

  @BeforeEach
  void startEmpty() {
    Tables.empty(operations, "desk_time", "desk_day_lock", "citizen_lock", "slot_release");
  }

  // Appointments

  @Test
  void givesBackAnInsertedAppointmentWhole() {
    Appointment appointment = booked(1, DESK, slot(HUB, TEN, 20));

    appointments.insert(appointment);

    assertThat(appointments.findByReference(appointment.reference())).contains(appointment);
  }

  @Test
  void keepsACitizenWithOnlyAPhoneOrOnlyAnEmail() {
    Appointment phoneOnly = withCitizen(booked(1, DESK, slot(HUB, TEN, 20)),
        new Citizen(insz(1), "Phone Only", null, "03 123 45 67", Language.NL));
    Appointment emailOnly = withCitizen(booked(2, DESK, slot(HUB, TEN.plusHours(1), 20)),
        new Citizen(insz(2), "Email Only", "only@example.org", null, Language.EN));

    appointments.insert(phoneOnly);
    appointments.insert(emailOnly);

    assertThat(appointments.findByReference(phoneOnly.reference())).contains(phoneOnly);
    assertThat(appointments.findByReference(emailOnly.reference())).contains(emailOnly);
  }

  @Test
  void findsNothingUnderAnUnknownReference() {
    appointments.insert(booked(1, DESK, slot(HUB, TEN, 20)));

    assertThat(appointments.findByReference(new AppointmentReference("K7M-4QXD"))).isEmpty();
  }

  @Test
  void refusesATakenReferenceAndKeepsTheFirstAppointment() {
    Appointment first = booked(1, DESK, slot(HUB, TEN, 20));
    appointments.insert(first);
    Appointment second = withReference(booked(2, OTHER_DESK, slot(OTHER_HUB, TEN.plusHours(2), 10)), first.reference());

    assertThatThrownBy(() -> appointments.insert(second))
        .isInstanceOfSatisfying(AlreadyExistsException.class, e -> {
          assertThat(e.kind()).isEqualTo("appointment");
          assertThat(e.code()).isEqualTo(first.reference().value());
        });
    assertThat(appointments.findByReference(first.reference())).contains(first);
  }

  @Test
  void updateStoresEachStepOfTheVisit() {
    Appointment booked = booked(1, DESK, slot(HUB, TEN, 20));
    appointments.insert(booked);

    Appointment checkedIn = booked.checkIn(TEN.minusMinutes(5), Duration.ofMinutes(10));
    appointments.update(checkedIn);
    assertThat(appointments.findByReference(booked.reference())).contains(checkedIn);

    Appointment completed = checkedIn.call(TEN.plusMinutes(1)).complete(TEN.plusMinutes(15));
    appointments.update(completed);
    assertThat(appointments.findByReference(booked.reference())).contains(completed);
  }

  @Test
  void updateMovesAnAppointmentAndItsDeskTime() {
    Appointment booked = booked(1, DESK, slot(HUB, TEN, 20));
    appointments.insert(booked);
    Slot later = slot(OTHER_HUB, TEN.plusDays(1).plusHours(3), 20);

    Appointment moved = booked.movedTo(later, OTHER_DESK);
    appointments.update(moved);

    assertThat(appointments.findByReference(booked.reference())).contains(moved);
    assertThat(taken(Set.of(HUB, OTHER_HUB), DAY.atStartOfDay(), DAY.plusDays(2).atStartOfDay()))
        .containsExactly(new DeskTime(booked.id(), OTHER_HUB, OTHER_DESK, later.start(), later.end()));
  }

  @Test
  void updateOfAnUnknownAppointmentCreatesNothing() {
    Appointment never = booked(1, DESK, slot(HUB, TEN, 20));

    assertThatThrownBy(() -> appointments.update(never)).isInstanceOf(NotFoundException.class);

    assertThat(appointments.findByReference(never.reference())).isEmpty();
  }

  @Test
  void findsACitizensOpenAppointmentsOnlyByStart() {
    Appointment later = booked(1, DESK, slot(HUB, TEN.plusDays(1), 20));
    Appointment earlier = booked(1, DESK, slot(HUB, TEN, 20));
    Appointment checkedIn = booked(1, OTHER_DESK, slot(HUB, TEN.plusHours(1), 20));
    Appointment cancelled = booked(1, DESK, slot(OTHER_HUB, TEN, 20));
    Appointment someoneElses = booked(2, DESK, slot(HUB, TEN.plusHours(2), 20));
    List.of(later, earlier, checkedIn, cancelled, someoneElses).forEach(appointments::insert);
    appointments.update(checkedIn.checkIn(TEN.plusHours(1), Duration.ofMinutes(10)));
    appointments.update(cancelled.cancel(NOW));

    assertThat(appointments.findOpenByCitizen(insz(1))).extracting(Appointment::reference)
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
    List.of(second, first, cancelled, atMidnightAfter, dayBefore, elsewhere).forEach(appointments::insert);
    appointments.update(cancelled.cancel(NOW));

    assertThat(appointments.findByLocationAndDay(HUB, DAY)).extracting(Appointment::reference)
        .containsExactlyInAnyOrder(first.reference(), cancelled.reference(), second.reference());
    assertThat(appointments.findByLocationAndDay(HUB, DAY)).extracting(Appointment::start)
        .containsExactly(TEN, TEN, TEN.plusMinutes(30));
  }

  @Test
  void findsTheDaysStillBookedAppointmentsAtEveryLocation() {
    Appointment here = booked(1, DESK, slot(HUB, TEN, 20));
    Appointment there = booked(2, DESK, slot(OTHER_HUB, TEN.plusHours(1), 20));
    Appointment checkedIn = booked(3, OTHER_DESK, slot(HUB, TEN, 20));
    Appointment cancelled = booked(4, DESK, slot(HUB, TEN.plusHours(2), 20));
    Appointment nextDay = booked(5, DESK, slot(HUB, TEN.plusDays(1), 20));
    List.of(here, there, checkedIn, cancelled, nextDay).forEach(appointments::insert);
    appointments.update(checkedIn.checkIn(TEN, Duration.ofMinutes(10)));
    appointments.update(cancelled.cancel(NOW));

    assertThat(appointments.findBookedOn(DAY)).containsExactly(here, there);
  }

  // Taken time

  @Test
  void takenTimeIsWhatOpenAppointmentsLiveHoldsAndBlocksTakeInTheRange() {
    Appointment appointment = booked(1, DESK, slot(HUB, TEN, 20));
    Hold hold = hold(OTHER_DESK, slot(HUB, TEN.plusMinutes(10), 20), NOW.plusMinutes(10));
    DeskBlock block = block(DESK, slot(HUB, TEN.plusMinutes(40), 30));
    appointments.insert(appointment);
    appointments.insertHold(hold, "client");
    appointments.insertBlock(block);

    assertThat(taken(Set.of(HUB), TEN, TEN.plusHours(1))).containsExactlyInAnyOrder(
        new DeskTime(appointment.id(), HUB, DESK, TEN, TEN.plusMinutes(20)),
        new DeskTime(hold.id(), HUB, OTHER_DESK, TEN.plusMinutes(10), TEN.plusMinutes(30)),
        new DeskTime(block.id(), HUB, DESK, TEN.plusMinutes(40), TEN.plusMinutes(70)));
  }

  @Test
  void takenTimeHasWhatOverlapsTheRangeAndNotWhatOnlyTouchesIt() {
    Appointment runsIn = booked(1, DESK, slot(HUB, TEN.minusMinutes(10), 20));
    Appointment runsOut = booked(2, OTHER_DESK, slot(HUB, TEN.plusMinutes(50), 20));
    Appointment endsAtTheStart = booked(3, OTHER_DESK, slot(HUB, TEN.minusMinutes(20), 20));
    Appointment startsAtTheEnd = booked(4, DESK, slot(HUB, TEN.plusHours(1), 20));
    Appointment startedTheDayBefore = booked(5, "desk-3", slot(HUB, TEN.minusHours(14), 23 * 60));
    List.of(runsIn, runsOut, endsAtTheStart, startsAtTheEnd, startedTheDayBefore).forEach(appointments::insert);

    assertThat(taken(Set.of(HUB), TEN, TEN.plusHours(1))).extracting(DeskTime::id)
        .containsExactlyInAnyOrder(runsIn.id(), runsOut.id(), startedTheDayBefore.id());
  }

  @Test
  void takenTimeIsThatOfTheNamedLocationsOnly() {
    Appointment here = booked(1, DESK, slot(HUB, TEN, 20));
    Appointment there = booked(2, DESK, slot(OTHER_HUB, TEN, 20));
    appointments.insert(here);
    appointments.insert(there);

    assertThat(taken(Set.of(OTHER_HUB), TEN, TEN.plusHours(1))).extracting(DeskTime::id).containsExactly(there.id());
    assertThat(taken(Set.of(HUB, OTHER_HUB), TEN, TEN.plusHours(1))).hasSize(2);
    assertThat(taken(Set.of(), TEN, TEN.plusHours(1))).isEmpty();
  }

  @Test
  void closedAppointmentsGiveTheirTimeBack() {
    Appointment cancelled = booked(1, DESK, slot(HUB, TEN, 20));
    Appointment noShow = booked(2, OTHER_DESK, slot(HUB, TEN, 20));
    appointments.insert(cancelled);
    appointments.insert(noShow);

    appointments.update(cancelled.cancel(NOW));
    appointments.update(noShow.markNoShow(TEN.plusMinutes(11), Duration.ofMinutes(10)));

    assertThat(taken(Set.of(HUB), TEN, TEN.plusHours(1))).isEmpty();
    Appointment again = booked(3, DESK, slot(HUB, TEN, 20));
    appointments.insert(again);
    assertThat(taken(Set.of(HUB), TEN, TEN.plusHours(1))).extracting(DeskTime::id).containsExactly(again.id());
  }

  // Holds

  @Test
  void givesBackAHoldWholeAndForgetsItWhenDeleted() {
    Hold hold = hold(DESK, slot(HUB, TEN, 20), NOW.plusMinutes(10));
    appointments.insertHold(hold, null);

    assertThat(appointments.findHold(hold.id())).contains(hold);
    assertThat(appointments.deleteHold(hold.id())).isTrue();
    assertThat(appointments.deleteHold(hold.id())).isFalse();
    assertThat(appointments.findHold(hold.id())).isEmpty();
    assertThat(taken(Set.of(HUB), TEN, TEN.plusHours(1))).isEmpty();
  }

  @Test
  void holdsBlocksAndAppointmentsAreNeverTakenForOneAnother() {
    Appointment appointment = booked(1, DESK, slot(HUB, TEN, 20));
    DeskBlock block = block(OTHER_DESK, slot(HUB, TEN, 20));
    appointments.insert(appointment);
    appointments.insertBlock(block);

    assertThat(appointments.findHold(appointment.id())).isEmpty();
    assertThat(appointments.deleteHold(appointment.id())).isFalse();
    assertThat(appointments.deleteHold(block.id())).isFalse();
    assertThat(appointments.deleteBlock(HUB, appointment.id())).isFalse();
    assertThat(taken(Set.of(HUB), TEN, TEN.plusHours(1))).hasSize(2);
  }

  @Test
  void anExpiredHoldNoLongerCountsAndIsReleasedUnderTheDesksLock() {
    LocalDateTime expiry = NOW.plusMinutes(10);
    Hold hold = hold(DESK, slot(HUB, TEN, 20), expiry);
    Hold otherDesk = hold(OTHER_DESK, slot(HUB, TEN, 20), expiry);
    appointments.insertHold(hold, "client");
    appointments.insertHold(otherDesk, "client");

    assertThat(appointments.takenTime(Set.of(HUB), TEN, TEN.plusHours(1), expiry.minusNanos(1000))).hasSize(2);
    assertThat(appointments.takenTime(Set.of(HUB), TEN, TEN.plusHours(1), expiry)).isEmpty();

    transactions.inTransaction(() -> {
      appointments.lockDeskDay(HUB, DESK, DAY);
      appointments.releaseExpiredHolds(HUB, DESK, expiry);
      return null;
    });

    assertThat(activeRows()).containsExactly(otherDesk.id());
    // Kept a while, so that a late confirmation hears that it expired.
    assertThat(appointments.findHold(hold.id())).contains(hold);
    Appointment booked = booked(1, DESK, slot(HUB, TEN, 20));
    appointments.insert(booked);
    assertThat(appointments.takenTime(Set.of(HUB), TEN, TEN.plusHours(1), expiry)).extracting(DeskTime::id)
        .containsExactly(booked.id());
  }

  @Test
  void forgetsExpiredHoldsAfterADay() {
    LocalDateTime expiry = NOW.plusMinutes(10);
    Hold hold = hold(DESK, slot(HUB, TEN, 20), expiry);
    appointments.insertHold(hold, null);

    appointments.releaseExpiredHolds(HUB, DESK, expiry.plusHours(23));
    assertThat(appointments.findHold(hold.id())).isPresent();

    appointments.releaseExpiredHolds(HUB, DESK, expiry.plusHours(25));
    assertThat(appointments.findHold(hold.id())).isEmpty();
  }

  // Blocks

  @Test
  void aBlockTakesTimeUntilItIsDeletedAtItsLocation() {
    DeskBlock block = block(DESK, slot(HUB, TEN, 60));
    appointments.insertBlock(block);

    assertThat(taken(Set.of(HUB), TEN, TEN.plusHours(1))).extracting(DeskTime::id).containsExactly(block.id());
    assertThat(appointments.deleteBlock(OTHER_HUB, block.id())).isFalse();
    assertThat(appointments.deleteBlock(HUB, UUID.randomUUID())).isFalse();
    assertThat(appointments.deleteBlock(HUB, block.id())).isTrue();
    assertThat(taken(Set.of(HUB), TEN, TEN.plusHours(1))).isEmpty();
  }

  // Released slots

  @Test
  void remembersASlotTheCitizenGaveUpAtThatLocationAndStart() {
    Slot slot = slot(HUB, TEN, 20);
    appointments.recordRelease(insz(1), slot, NOW);

    assertThat(appointments.releasedSince(insz(1), slot, NOW)).isTrue();
    assertThat(appointments.releasedSince(insz(1), slot(HUB, TEN, 40), NOW.minusMinutes(30))).isTrue();
    assertThat(appointments.releasedSince(insz(1), slot, NOW.plusNanos(1000))).isFalse();
    assertThat(appointments.releasedSince(insz(2), slot, NOW.minusMinutes(30))).isFalse();
    assertThat(appointments.releasedSince(insz(1), slot(OTHER_HUB, TEN, 20), NOW.minusMinutes(30))).isFalse();
    assertThat(appointments.releasedSince(insz(1), slot(HUB, TEN.plusMinutes(10), 20), NOW.minusMinutes(30)))
        .isFalse();
  }

  // Locks

  @Test
  void aDesksDayLockMakesOthersWaitForThatDeskAndDayOnly() throws Exception {
    // The lock rows exist already, so that what makes others wait is the lock, not a row being created.
    transactions.inTransaction(() -> {
      appointments.lockDeskDay(HUB, DESK, DAY);
      appointments.lockDeskDay(HUB, OTHER_DESK, DAY);
      return null;
    });
    try (HeldTransaction held = HeldTransaction.start(transactions, () -> appointments.lockDeskDay(HUB, DESK, DAY))) {
      CompletableFuture<String> sameDesk = HeldTransaction.meanwhile(transactions, () -> {
        appointments.lockDeskDay(HUB, DESK, DAY);
        return "locked";
      });
      String otherDesk = HeldTransaction.meanwhile(transactions, () -> {
        appointments.lockDeskDay(HUB, OTHER_DESK, DAY);
        appointments.lockDeskDay(HUB, DESK, DAY.plusDays(1));
        appointments.lockDeskDay(OTHER_HUB, DESK, DAY);
        return "locked";
      }).get();

      Thread.sleep(300);
      assertThat(sameDesk).isNotDone();
      assertThat(otherDesk).isEqualTo("locked");

      held.commit();
      assertThat(sameDesk.get()).isEqualTo("locked");
    }
  }

  @Test
  void anAppointmentReadForUpdateMakesOtherChangesOfItWait() throws Exception {
    Appointment booked = booked(1, DESK, slot(HUB, TEN, 20));
    Appointment other = booked(2, OTHER_DESK, slot(HUB, TEN, 20));
    appointments.insert(booked);
    appointments.insert(other);
    try (HeldTransaction held = HeldTransaction.start(transactions,
        () -> appointments.findByReferenceForUpdate(booked.reference()))) {
      CompletableFuture<String> same = HeldTransaction.meanwhile(transactions,
          () -> appointments.findByReferenceForUpdate(booked.reference()).orElseThrow().reference().value());
      String unrelated = HeldTransaction.meanwhile(transactions,
          () -> appointments.findByReferenceForUpdate(other.reference()).orElseThrow().reference().value()).get();

      Thread.sleep(300);
      assertThat(same).isNotDone();
      assertThat(unrelated).isEqualTo(other.reference().value());

      held.commit();
      assertThat(same.get()).isEqualTo(booked.reference().value());
    }
    assertThatThrownBy(() -> appointments.findByReferenceForUpdate(booked.reference()))
        .as("a lock outside a transaction would be released at once").isInstanceOf(RuntimeException.class);
  }

  @Test
  void aCitizensLockMakesOtherBookingsOfThatCitizenWait() throws Exception {
    transactions.inTransaction(() -> {
      appointments.lockCitizen(insz(1));
      appointments.lockCitizen(insz(2));
      return null;
    });
    try (HeldTransaction held = HeldTransaction.start(transactions, () -> appointments.lockCitizen(insz(1)))) {
      CompletableFuture<String> sameCitizen = HeldTransaction.meanwhile(transactions, () -> {
        appointments.lockCitizen(insz(1));
        return "locked";
      });
      String otherCitizen = HeldTransaction.meanwhile(transactions, () -> {
        appointments.lockCitizen(insz(2));
        return "locked";
      }).get();

      Thread.sleep(300);
      assertThat(sameCitizen).isNotDone();
      assertThat(otherCitizen).isEqualTo("locked");

      held.rollBack();
      assertThat(sameCitizen.get()).isEqualTo("locked");
    }
  }

  /**
   * A writer that looked before it locked (to skip taken desks cheaply) must see, once it holds the lock,
   * what the lock's previous holder committed: even when it asks the very same question again.
   */
  @Test
  void aReadUnderTheLockSeesWhatThePreviousHolderCommittedEvenWhenAskedBefore() throws Exception {
    Slot slot = slot(HUB, TEN, 20);
    transactions.inTransaction(() -> {
      appointments.lockDeskDay(HUB, DESK, DAY);
      return null;
    });
    try (HeldTransaction first = HeldTransaction.start(transactions, () -> {
      appointments.lockDeskDay(HUB, DESK, DAY);
      appointments.insert(booked(1, DESK, slot));
    })) {
      CountDownLatch looked = new CountDownLatch(1);
      CompletableFuture<List<DeskTime>> second = HeldTransaction.meanwhile(transactions, () -> {
        List<DeskTime> before = appointments.takenTime(Set.of(HUB), slot.start(), slot.end(), NOW);
        assertThat(before).isEmpty();
        looked.countDown();
        appointments.lockDeskDay(HUB, DESK, DAY);
        return appointments.takenTime(Set.of(HUB), slot.start(), slot.end(), NOW);
      });
      looked.await();
      Thread.sleep(200);
      first.commit();

      assertThat(second.get()).hasSize(1);
    }
  }

  @Test
  void aDesksDayLockTakenAsItsRowIsCreatedMakesOthersWait() throws Exception {
    try (HeldTransaction held = HeldTransaction.start(transactions, () -> appointments.lockDeskDay(HUB, DESK, DAY))) {
      CompletableFuture<String> sameDesk = HeldTransaction.meanwhile(transactions, () -> {
        appointments.lockDeskDay(HUB, DESK, DAY);
        return "locked";
      });

      Thread.sleep(300);
      assertThat(sameDesk).isNotDone();

      held.commit();
      assertThat(sameDesk.get()).isEqualTo("locked");
    }
  }

  @Test
  void locksOnlyInsideATransaction() {
    assertThatThrownBy(() -> appointments.lockDeskDay(HUB, DESK, DAY)).hasMessageContaining("transaction");
    assertThatThrownBy(() -> appointments.lockCitizen(insz(1))).hasMessageContaining("transaction");
  }

  /**
   * The booking service's sequence, raced: each thread locks the desk's day, releases expired holds,
   * reads what is taken and inserts only if the slot is free. Exactly one gets the slot, and every other
   * sees it taken in its check: none gets as far as a write that the database has to refuse. Raced on a
   * desk day never locked before (the lock row is created in the race) and on one locked before (the
   * usual case, where only the row lock serialises).
   */
  @Test
  void ofConcurrentBookingsOfOneSlotOnANewDeskDayExactlyOneGetsIt() throws InterruptedException {
    raceForOneSlot();
  }

  @Test
  void ofConcurrentBookingsOfOneSlotOnADeskDayLockedBeforeExactlyOneGetsIt() throws InterruptedException {
    transactions.inTransaction(() -> {
      appointments.lockDeskDay(HUB, DESK, DAY);
      return null;
    });

    raceForOneSlot();
  }

  private void raceForOneSlot() throws InterruptedException {
    // No expired hold on the desk here: releasing it would lock its row, and that alone would serialise
    // the racers, hiding a missing desk lock.
    Slot slot = slot(HUB, TEN, 20);

    List<Throwable> outcomes = Concurrently.run(16, i -> transactions.inTransaction(() -> {
      appointments.lockDeskDay(HUB, DESK, DAY);
      appointments.releaseExpiredHolds(HUB, DESK, NOW);
      boolean free = appointments.takenTime(Set.of(HUB), slot.start(), slot.end(), NOW).stream()
          .noneMatch(t -> t.desk().equals(DESK) && t.overlaps(slot.start(), slot.end()));
      if (!free) {
        throw new SeenTaken();
      }
      pause(); // widens the gap between check and write that the lock has to close
      appointments.insert(booked(i + 1, DESK, slot));
      return null;
    }));

    assertThat(outcomes).filteredOn(Objects::isNull).hasSize(1);
    assertThat(outcomes).filteredOn(Objects::nonNull).hasSize(15)
        .allSatisfy(failure -> assertThat(failure).isInstanceOf(SeenTaken.class));
    assertThat(appointments.findByLocationAndDay(HUB, DAY)).hasSize(1);
  }

  List<DeskTime> taken(Set<be.loketopmaat.domain.location.LocationCode> locations, LocalDateTime from,
      LocalDateTime to) {
    return appointments.takenTime(locations, from, to, NOW);
  }

  /** The ids of the rows that take desk time now, whatever their kind. */
  List<UUID> activeRows() {
    return operations.executeRead(status -> {
      List<UUID> ids = new java.util.ArrayList<>();
      try (var statement = status.getConnection().createStatement();
          var result = statement.executeQuery("SELECT id FROM desk_time WHERE active")) {
        while (result.next()) {
          ids.add(result.getObject(1, UUID.class));
        }
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException(e);
      }
      return ids;
    });
  }

  static Appointment withCitizen(Appointment a, Citizen citizen) {
    return new Appointment(a.id(), a.reference(), a.managementCodeHash(), a.location(), a.desk(), a.start(), a.end(),
        a.products(), a.persons(), citizen, Channel.E_COUNTER, a.status(), a.checkedInAt(), a.calledAt(),
        a.closedAt());
  }

  static Appointment withReference(Appointment a, AppointmentReference reference) {
    return new Appointment(a.id(), reference, a.managementCodeHash(), a.location(), a.desk(), a.start(), a.end(),
        a.products(), a.persons(), a.citizen(), a.bookedVia(), a.status(), a.checkedInAt(), a.calledAt(), a.closedAt());
  }

  private static void pause() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A racer found the slot taken when it checked. */
  static final class SeenTaken extends RuntimeException {
    SeenTaken() {
      super("the slot was taken", null, false, false);
    }
  }
}
