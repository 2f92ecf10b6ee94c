package be.loketopmaat.application.service;

import static be.loketopmaat.application.port.out.contract.AppointmentFixtures.DESK;
import static be.loketopmaat.application.port.out.contract.AppointmentFixtures.HUB;
import static be.loketopmaat.application.port.out.contract.AppointmentFixtures.OTHER_DESK;
import static be.loketopmaat.application.port.out.contract.AppointmentFixtures.OTHER_HUB;
import static be.loketopmaat.application.port.out.contract.AppointmentFixtures.booked;
import static be.loketopmaat.application.port.out.contract.AppointmentFixtures.hold;
import static be.loketopmaat.application.port.out.contract.AppointmentFixtures.slot;
import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.DeskTime;
import be.loketopmaat.domain.appointment.Hold;
import be.loketopmaat.domain.location.LocationCode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TakenTimeViewTest {
  private static final LocalDate DAY = LocalDate.of(2027, 3, 2);
  private static final LocalDateTime TEN = DAY.atTime(10, 0);
  private static final LocalDateTime NOW = DAY.minusDays(1).atTime(9, 0);

  private final CountingLedger ledger = new CountingLedger();
  private final AtomicLong nanos = new AtomicLong();
  private final TakenTimeView view = new TakenTimeView(ledger, Duration.ofSeconds(2), nanos::get);

  @Test
  void readsADayOnceAndAnswersFromMemoryUntilItChanges() {
    Appointment first = insert(booked(1, DESK, slot(HUB, TEN, 20)));

    assertThat(taken(HUB)).extracting(DeskTime::id).containsExactly(first.id());
    assertThat(taken(HUB)).extracting(DeskTime::id).containsExactly(first.id());
    assertThat(ledger.reads.get()).isEqualTo(1);

    Appointment second = insert(booked(2, OTHER_DESK, slot(HUB, TEN, 20)));
    assertThat(taken(HUB)).as("not told yet").hasSize(1);
    view.changed(HUB, DAY);
    assertThat(taken(HUB))
        .extracting(DeskTime::id)
        .containsExactlyInAnyOrder(first.id(), second.id());
    assertThat(ledger.reads.get()).isEqualTo(2);
  }

  @Test
  void aChangeForgetsThatLocationsDayOnly() {
    insert(booked(1, DESK, slot(HUB, TEN, 20)));
    insert(booked(2, DESK, slot(OTHER_HUB, TEN, 20)));
    taken(HUB);
    taken(OTHER_HUB);
    int reads = ledger.reads.get();

    view.changed(OTHER_HUB, DAY);
    taken(HUB);
    assertThat(ledger.reads.get()).isEqualTo(reads);
    taken(OTHER_HUB);
    assertThat(ledger.reads.get()).isEqualTo(reads + 1);
  }

  @Test
  void rowsThatStartTheDayBeforeAndRunIntoTheRangeCount() {
    Appointment overnight = insert(booked(1, DESK, slot(HUB, TEN.minusHours(14), 23 * 60)));

    assertThat(taken(HUB)).extracting(DeskTime::id).containsExactly(overnight.id());
  }

  @Test
  void aHoldStopsCountingWhenItExpiresWithoutAnyoneTellingTheView() {
    Hold hold = hold(DESK, slot(HUB, TEN, 20), NOW.plusMinutes(10));
    ledger.insertHold(hold);

    assertThat(view.takenTime(Set.of(HUB), TEN, TEN.plusHours(1), NOW)).hasSize(1);
    assertThat(view.takenTime(Set.of(HUB), TEN, TEN.plusHours(1), NOW.plusMinutes(10))).isEmpty();
    assertThat(ledger.reads.get()).isEqualTo(1);
  }

  @Test
  void everyDayIsReadAgainAfterItsMaxAge() {
    taken(HUB);
    nanos.addAndGet(Duration.ofMillis(1999).toNanos());
    taken(HUB);
    assertThat(ledger.reads.get()).isEqualTo(1);

    nanos.addAndGet(Duration.ofMillis(1).toNanos());
    taken(HUB);
    assertThat(ledger.reads.get()).isEqualTo(2);
  }

  @Test
  void aDayThatChangesWhileItIsReadIsAnsweredButNotKept() {
    insert(booked(1, DESK, slot(HUB, TEN, 20)));
    ledger.duringRead = () -> view.changed(HUB, DAY);

    assertThat(taken(HUB)).hasSize(1);
    ledger.duringRead = () -> {};
    taken(HUB);

    assertThat(ledger.reads.get()).as("read again: the first read was not kept").isEqualTo(2);
  }

  @Test
  void missedChangesForgetEverythingEvenWhatIsBeingRead() {
    taken(HUB);
    ledger.duringRead = view::mayHaveMissedChanges;
    taken(OTHER_HUB);
    ledger.duringRead = () -> {};

    long version = view.version();
    taken(HUB);
    taken(OTHER_HUB);
    assertThat(ledger.reads.get()).isEqualTo(4);
    assertThat(view.version()).isEqualTo(version);
  }

  @Test
  void aRowTakenIsAddedToItsKeptDayOnceWithoutReadingTheDayAgain() {
    Appointment first = insert(booked(1, DESK, slot(HUB, TEN, 20)));
    taken(HUB);
    long version = view.version();

    Appointment second = insert(booked(2, OTHER_DESK, slot(HUB, TEN, 20)));
    DeskTime secondTime = new DeskTime(second.id(), HUB, OTHER_DESK, TEN, TEN.plusMinutes(20));
    view.taken(secondTime);
    view.taken(secondTime); // told again, by the feed

    assertThat(taken(HUB))
        .extracting(DeskTime::id)
        .containsExactlyInAnyOrder(first.id(), second.id());
    assertThat(ledger.reads.get()).isEqualTo(1);
    assertThat(view.version()).isGreaterThan(version);
  }

  @Test
  void aTakenHoldStopsCountingWhenItExpires() {
    taken(HUB);
    Hold hold = hold(DESK, slot(HUB, TEN, 20), NOW.plusMinutes(10));
    ledger.insertHold(hold);
    view.taken(new DeskTime(hold.id(), HUB, DESK, TEN, TEN.plusMinutes(20), hold.expiresAt()));

    assertThat(view.takenTime(Set.of(HUB), TEN, TEN.plusHours(1), NOW)).hasSize(1);
    assertThat(view.takenTime(Set.of(HUB), TEN, TEN.plusHours(1), NOW.plusMinutes(10))).isEmpty();
    assertThat(ledger.reads.get()).isEqualTo(1);
  }

  @Test
  void aRowTakenOnADayNotKeptIsLeftToTheDaysFirstRead() {
    Appointment booked = insert(booked(1, DESK, slot(HUB, TEN, 20)));
    view.taken(new DeskTime(booked.id(), HUB, DESK, TEN, TEN.plusMinutes(20)));

    assertThat(taken(HUB)).extracting(DeskTime::id).containsExactly(booked.id());
    assertThat(ledger.reads.get()).isEqualTo(1);
  }

  @Test
  void aDayReadWhileARowIsTakenIsAnsweredButNotKept() {
    Appointment booked = booked(1, DESK, slot(HUB, TEN, 20));
    // The row is committed after the read took its snapshot: the read cannot have it.
    ledger.duringRead =
        () -> {
          insert(booked);
          view.taken(new DeskTime(booked.id(), HUB, DESK, TEN, TEN.plusMinutes(20)));
        };
    assertThat(taken(HUB)).isEmpty();
    ledger.duringRead = () -> {};

    assertThat(taken(HUB)).extracting(DeskTime::id).containsExactly(booked.id());
    assertThat(ledger.reads.get()).as("read again: the first read was not kept").isEqualTo(2);
  }

  private Appointment insert(Appointment appointment) {
    ledger.insert(appointment);
    return appointment;
  }

  private List<DeskTime> taken(LocationCode location) {
    return view.takenTime(Set.of(location), TEN, TEN.plusHours(1), NOW);
  }

  /** The in-memory ledger, counting the reads that reach it. */
  private static final class CountingLedger extends InMemoryAppointments {
    final AtomicInteger reads = new AtomicInteger();
    Runnable duringRead = () -> {};

    @Override
    public List<DeskTime> takenTime(
        Collection<LocationCode> locations,
        LocalDateTime from,
        LocalDateTime to,
        LocalDateTime now) {
      reads.incrementAndGet();
      List<DeskTime> taken = super.takenTime(locations, from, to, now);
      duringRead.run();
      return taken;
    }
  }
}
