package be.loketopmaat.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.application.port.in.BookAppointmentUseCase;
import be.loketopmaat.application.port.in.BookAppointmentUseCase.Direct;
import be.loketopmaat.application.port.in.BrowseLocationsUseCase;
import be.loketopmaat.application.port.in.BrowseLocationsUseCase.LocationFilter;
import be.loketopmaat.application.port.in.FindSlotsUseCase;
import be.loketopmaat.application.port.in.FindSlotsUseCase.Mode;
import be.loketopmaat.application.port.in.FindSlotsUseCase.SlotQuery;
import be.loketopmaat.application.port.in.SlotTakenException;
import be.loketopmaat.application.port.in.What;
import be.loketopmaat.domain.appointment.Slot;
import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.location.DeskCapability;
import be.loketopmaat.domain.location.LocationCode;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Many citizens race for the same slot through the real booking service and the real database
 * adapter, on every database the service starts on. However the race goes, no desk ever holds two
 * overlapping appointments, and exactly as many win as there are capable desks free.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BookingRaceContract {
  private static final AtomicInteger CITIZENS = new AtomicInteger();
  private static final ProductCode EID = new ProductCode("eid-application");

  @Inject BookAppointmentUseCase booking;
  @Inject FindSlotsUseCase slots;
  @Inject BrowseLocationsUseCase locations;
  @Inject TransactionOperations<Connection> operations;

  @Test
  void atEachLocationAsManyWinAsThereAreFreeDesksAndNoDeskIsTakenTwice() throws Exception {
    List<Slot> contested =
        locations.findLocations(new LocationFilter(null, null, EID)).stream()
            .map(location -> firstFreeSlot(location.code()))
            .limit(12)
            .toList();
    assertThat(contested).hasSizeGreaterThan(5);

    Map<Slot, Integer> winners = race(contested, 40);

    assertThat(overlaps()).as("overlapping desk time on one desk").isZero();
    for (Slot slot : contested) {
      assertThat(winners.get(slot))
          .as("winners at %s", slot)
          .isBetween(1, desksOf(slot.location().value()));
      assertThat(appointmentsAt(slot)).as("appointments at %s", slot).isEqualTo(winners.get(slot));
    }
  }

  private Slot firstFreeSlot(LocationCode location) {
    return slots
        .findSlots(
            new SlotQuery(
                List.of(EID),
                1,
                Mode.PROXIMITY,
                List.of(location),
                false,
                false,
                null,
                null,
                null,
                1,
                null))
        .slots()
        .get(0)
        .slot();
  }

  /**
   * Every slot raced for by that many citizens at once, all slots at the same time; the winners per
   * slot.
   */
  private Map<Slot, Integer> race(List<Slot> contested, int racersPerSlot) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(contested.size() * racersPerSlot);
    CountDownLatch go = new CountDownLatch(1);
    Map<Slot, List<Future<Boolean>>> outcomes = new HashMap<>();
    for (int i = 0; i < racersPerSlot; i++) {
      for (Slot slot : contested) {
        Citizen citizen = nextCitizen();
        Callable<Boolean> attempt =
            () -> {
              go.await();
              try {
                booking.book(
                    new Direct(
                        new What(List.of(EID), 1),
                        slot.location(),
                        slot.start(),
                        citizen,
                        Channel.E_COUNTER,
                        "race",
                        null));
                return true;
              } catch (SlotTakenException e) {
                return false;
              }
            };
        outcomes.computeIfAbsent(slot, s -> new ArrayList<>()).add(pool.submit(attempt));
      }
    }
    go.countDown();
    Map<Slot, Integer> winners = new HashMap<>();
    for (Map.Entry<Slot, List<Future<Boolean>>> entry : outcomes.entrySet()) {
      int won = 0;
      for (Future<Boolean> outcome : entry.getValue()) {
        won += outcome.get() ? 1 : 0;
      }
      winners.put(entry.getKey(), won);
    }
    pool.shutdown();
    return winners;
  }

  private static Citizen nextCitizen() {
    int n = CITIZENS.incrementAndGet();
    String first9 = String.format("85%04d%03d", 101 + n / 900, n % 900 + 1);
    int check = 97 - (int) (Long.parseLong(first9) % 97);
    return new Citizen(
        NationalNumber.of(first9 + String.format("%02d", check)),
        "Racer " + n,
        "racer" + n + "@example.org",
        null,
        Language.NL);
  }

  private int desksOf(String location) {
    return (int)
        locations.getLocation(new LocationCode(location)).location().desks().stream()
            .filter(desk -> desk.can(DeskCapability.IDENTITY))
            .count();
  }

  private int appointmentsAt(Slot slot) {
    return count(
        "SELECT count(*) FROM desk_time WHERE kind = 'APPOINTMENT' AND active AND location_code = '"
            + slot.location().value()
            + "' AND start_at = TIMESTAMP '"
            + slot.start().toString().replace('T', ' ')
            + "'");
  }

  /** Pairs of active rows on one desk whose times overlap: what the guarantee forbids. */
  private int overlaps() {
    return count(
        "SELECT count(*) FROM desk_time a JOIN desk_time b ON a.id < b.id AND a.location_code = "
            + "b.location_code AND a.desk = b.desk AND a.start_at < b.end_at AND b.start_at < a.end_at "
            + "WHERE a.active AND b.active");
  }

  private int count(String sql) {
    return operations.executeRead(
        status -> {
          try (Statement statement = status.getConnection().createStatement();
              ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        });
  }
}
