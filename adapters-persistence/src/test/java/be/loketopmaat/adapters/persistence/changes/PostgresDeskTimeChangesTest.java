package be.loketopmaat.adapters.persistence.changes;

import static be.loketopmaat.application.port.out.contract.AppointmentFixtures.DESK;
import static be.loketopmaat.application.port.out.contract.AppointmentFixtures.HUB;
import static be.loketopmaat.application.port.out.contract.AppointmentFixtures.OTHER_HUB;
import static be.loketopmaat.application.port.out.contract.AppointmentFixtures.booked;
import static be.loketopmaat.application.port.out.contract.AppointmentFixtures.hold;
import static be.loketopmaat.application.port.out.contract.AppointmentFixtures.slot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.adapters.persistence.jdbc.DatabaseProperties;
import be.loketopmaat.adapters.persistence.jdbc.Tables;
import be.loketopmaat.application.port.out.AppointmentStore;
import be.loketopmaat.application.port.out.DeskTimeChanges;
import be.loketopmaat.application.port.out.DeskTimeLedger;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.DeskTime;
import be.loketopmaat.domain.appointment.Hold;
import be.loketopmaat.domain.location.LocationCode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The feed over real PostgreSQL: a committed write of desk time, by anyone, is heard as its
 * location and day; a rolled-back one is never heard.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresDeskTimeChangesTest implements TestPropertyProvider {
  private static final LocalDate DAY = LocalDate.of(2027, 3, 2);
  private static final LocalDateTime TEN = DAY.atTime(10, 0);

  @Inject DeskTimeChanges changes;
  @Inject AppointmentStore store;
  @Inject DeskTimeLedger ledger;
  @Inject Transactions transactions;
  @Inject TransactionOperations<Connection> operations;

  private final BlockingQueue<String> heard = new LinkedBlockingQueue<>();
  private final BlockingQueue<DeskTime> heardTaken = new LinkedBlockingQueue<>();
  private final AtomicInteger missed = new AtomicInteger();

  @Override
  public Map<String, String> getProperties() {
    return DatabaseProperties.postgres("persistence_it_changes");
  }

  @BeforeAll
  void listen() throws InterruptedException {
    assertThat(changes).isInstanceOf(PostgresDeskTimeChanges.class);
    changes.listen(
        new DeskTimeChanges.Listener() {
          @Override
          public void changed(LocationCode location, LocalDate day) {
            heard.add(location.value() + "|" + day);
          }

          @Override
          public void taken(DeskTime time) {
            heardTaken.add(time);
            changed(time.location(), time.start().toLocalDate());
          }

          @Override
          public void mayHaveMissedChanges() {
            missed.incrementAndGet();
          }
        });
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!((PostgresDeskTimeChanges) changes).connected() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(((PostgresDeskTimeChanges) changes).connected()).as("listening").isTrue();
  }

  @BeforeEach
  void startEmpty() throws InterruptedException {
    Tables.empty(operations, "desk_time");
    // Emptying the table is a change too: wait until its news has passed.
    while (heard.poll(300, TimeUnit.MILLISECONDS) != null) {
      heard.clear();
    }
    heardTaken.clear();
  }

  @Test
  void aCommittedAppointmentIsHeardAsItsLocationAndDay() throws InterruptedException {
    store.insert(booked(1, DESK, slot(HUB, TEN, 20)));

    assertThat(heard.poll(5, TimeUnit.SECONDS)).isEqualTo(HUB.value() + "|" + DAY);
  }

  @Test
  void aNewRowIsHeardWholeAndAChangedOneAsItsDayOnly() throws InterruptedException {
    int missedBefore = missed.get();
    Hold hold = hold("desk|with a bar", slot(HUB, TEN.plusMinutes(10), 20), TEN.minusSeconds(1));
    ledger.insertHold(hold);

    assertThat(heardTaken.poll(5, TimeUnit.SECONDS))
        .isEqualTo(
            new DeskTime(
                hold.id(),
                HUB,
                "desk|with a bar",
                TEN.plusMinutes(10),
                TEN.plusMinutes(30),
                TEN.minusSeconds(1)));
    assertThat(heard.poll(5, TimeUnit.SECONDS)).isEqualTo(HUB.value() + "|" + DAY);

    assertThat(ledger.releaseHold(hold.id(), TEN.minusHours(1))).isTrue();
    assertThat(heard.poll(5, TimeUnit.SECONDS)).isEqualTo(HUB.value() + "|" + DAY);
    assertThat(heardTaken).as("a change is not a new row").isEmpty();
    assertThat(missed).as("every payload read").hasValue(missedBefore);
  }

  @Test
  void aMoveIsHeardOnTheDayItLeavesAndTheDayItGoesTo() throws InterruptedException {
    Appointment booked = booked(1, DESK, slot(HUB, TEN, 20));
    store.insert(booked);
    assertThat(heard.poll(5, TimeUnit.SECONDS)).isNotNull();

    store.update(booked.movedTo(slot(OTHER_HUB, TEN.plusDays(1), 20), DESK));

    assertThat(List.of(heard.poll(5, TimeUnit.SECONDS), heard.poll(5, TimeUnit.SECONDS)))
        .containsExactlyInAnyOrder(
            HUB.value() + "|" + DAY, OTHER_HUB.value() + "|" + DAY.plusDays(1));
  }

  @Test
  void aRolledBackWriteIsNeverHeardAndACommittedOneOnlyOnceCommitted() throws InterruptedException {
    assertThatThrownBy(
            () ->
                transactions.inTransaction(
                    () -> {
                      ledger.insertHold(hold(DESK, slot(HUB, TEN, 20), TEN));
                      throw new IllegalStateException("changed my mind");
                    }))
        .hasMessage("changed my mind");

    List<String> meanwhile = new ArrayList<>();
    transactions.inTransaction(
        () -> {
          ledger.insertHold(hold(DESK, slot(OTHER_HUB, TEN, 20), TEN));
          sleep(300);
          heard.drainTo(meanwhile);
          return null;
        });

    assertThat(meanwhile).as("nothing heard before the commit").isEmpty();
    assertThat(heard.poll(5, TimeUnit.SECONDS)).isEqualTo(OTHER_HUB.value() + "|" + DAY);
    assertThat(heard.poll(300, TimeUnit.MILLISECONDS)).as("the rolled-back hold").isNull();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
