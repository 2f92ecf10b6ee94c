package be.loketopmaat.adapters.persistence.jdbc;

import static be.loketopmaat.adapters.persistence.jdbc.Fixtures.closure;
import static be.loketopmaat.adapters.persistence.jdbc.Fixtures.extraOpening;
import static be.loketopmaat.adapters.persistence.jdbc.Fixtures.kiosk;
import static be.loketopmaat.adapters.persistence.jdbc.Fixtures.location;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.application.AlreadyExistsException;
import be.loketopmaat.application.port.out.LocationRepository;
import be.loketopmaat.domain.location.Address;
import be.loketopmaat.domain.location.CalendarException;
import be.loketopmaat.domain.location.Coordinates;
import be.loketopmaat.domain.location.Desk;
import be.loketopmaat.domain.location.DeskCapability;
import be.loketopmaat.domain.location.DistrictCode;
import be.loketopmaat.domain.location.Facility;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.location.LocationType;
import be.loketopmaat.domain.location.TimeWindow;
import be.loketopmaat.domain.location.WeeklySchedule;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What every {@link LocationRepository} must do; run against each database by a subclass. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LocationRepositoryContract {
  private static final LocationCode HUB = new LocationCode("hub-centrum");

  @Inject LocationRepository locations;
  @Inject TransactionOperations<Connection> transactions;

  @BeforeEach
  void startEmpty() {
    Tables.clear(transactions);
  }

  @Test
  void givesBackAnInsertedLocationWithItsExceptions() {
    Location location = location("hub-centrum");

    locations.insert(location);

    assertThat(locations.findByCode(HUB)).contains(location);
    assertThat(location.exceptions()).hasSize(2);
  }

  @Test
  void keepsAKioskSiteWithoutDesksHoursOrExceptions() {
    Location kiosk = kiosk("kiosk-bibliotheek");

    locations.insert(kiosk);

    assertThat(locations.findByCode(kiosk.code())).contains(kiosk);
  }

  @Test
  void findsNothingUnderAnUnknownCode() {
    locations.insert(location("hub-centrum"));

    assertThat(locations.findByCode(new LocationCode("hub-noord"))).isEmpty();
  }

  @Test
  void listsAllLocationsByCodeEachWithItsOwnExceptions() {
    Location kiosk = kiosk("kiosk-a");
    Location hubB = location("hub-b");
    Location hubC =
        location("hub-c")
            .withExceptions(List.of(closure(LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 2))));
    locations.insert(kiosk);
    locations.insert(hubC);
    locations.insert(hubB);

    assertThat(locations.findAll()).containsExactly(hubB, hubC, kiosk);
  }

  @Test
  void givesBackExceptionsInCalendarOrder() {
    CalendarException late = closure(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 2));
    CalendarException early = extraOpening(LocalDate.of(2027, 1, 3));
    locations.insert(location("hub-centrum").withExceptions(List.of(late, early)));

    assertThat(locations.findByCode(HUB).orElseThrow().exceptions()).containsExactly(early, late);
    assertThat(locations.findAll().get(0).exceptions()).containsExactly(early, late);
  }

  @Test
  void refusesATakenCodeAndKeepsTheFirstLocation() {
    Location first = location("hub-centrum");
    locations.insert(first);

    assertThatThrownBy(() -> locations.insert(location("hub-centrum")))
        .isInstanceOfSatisfying(
            AlreadyExistsException.class,
            e -> {
              assertThat(e.kind()).isEqualTo("location");
              assertThat(e.code()).isEqualTo("hub-centrum");
            });
    assertThat(locations.findByCode(HUB)).contains(first);
    assertThat(locations.count()).isEqualTo(1);
  }

  @Test
  void insertsALocationWithItsExceptionsAllOrNothing() {
    Location first = location("hub-centrum");
    locations.insert(first);
    CalendarException taken = first.exceptions().get(1);
    Location second =
        location("hub-noord")
            .withExceptions(List.of(extraOpening(LocalDate.of(2027, 1, 5)), taken));

    assertThatThrownBy(() -> locations.insert(second))
        .isInstanceOfSatisfying(
            AlreadyExistsException.class,
            e -> assertThat(e.kind()).isEqualTo("calendar exception"));

    assertThat(locations.findByCode(second.code())).isEmpty();
    assertThat(locations.count()).isEqualTo(1);
    assertThat(Tables.rows(transactions, "location_calendar_exception")).isEqualTo(2);
  }

  @Test
  void updateReplacesEverythingButTheExceptions() {
    Location original = location("hub-centrum");
    locations.insert(original);
    locations.insert(kiosk("kiosk-a"));
    Location changed =
        new Location(
            HUB,
            "Stadsloket Centrum",
            LocationType.CITY_COUNTER,
            new DistrictCode("noord"),
            new Address("Nieuwstraat 2", "2030", "Teststad"),
            new Coordinates(51.1, 4.1),
            Set.of(Facility.WHEELCHAIR_ACCESS),
            List.of(new Desk("desk-9", Set.of(DeskCapability.LIFE_EVENTS))),
            new WeeklySchedule(Map.of(DayOfWeek.TUESDAY, List.of(TimeWindow.of("09:00", "12:00")))),
            List.of());

    assertThat(locations.update(changed)).isTrue();

    assertThat(locations.findByCode(HUB)).contains(changed.withExceptions(original.exceptions()));
    assertThat(locations.findByCode(new LocationCode("kiosk-a"))).contains(kiosk("kiosk-a"));
  }

  @Test
  void updateOfAnUnknownLocationCreatesNothing() {
    assertThat(locations.update(location("hub-centrum"))).isFalse();

    assertThat(locations.count()).isZero();
  }

  @Test
  void addsAndRemovesExceptionsOneByOne() {
    Location original = location("hub-centrum");
    locations.insert(original);
    CalendarException added = closure(LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 1));

    assertThat(locations.addException(HUB, added)).isTrue();
    assertThat(locations.findByCode(HUB).orElseThrow().exceptions())
        .containsExactlyInAnyOrderElementsOf(original.withException(added).exceptions());

    CalendarException removed = original.exceptions().get(0);
    assertThat(locations.removeException(HUB, removed.id())).isTrue();
    assertThat(locations.findByCode(HUB).orElseThrow().exceptions())
        .containsExactlyInAnyOrder(original.exceptions().get(1), added);
  }

  @Test
  void addsNoExceptionToAnUnknownLocation() {
    assertThat(
            locations.addException(
                HUB, closure(LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 1))))
        .isFalse();
  }

  @Test
  void refusesAnExceptionIdThatIsTaken() {
    Location original = location("hub-centrum");
    locations.insert(original);
    CalendarException taken = original.exceptions().get(0);

    assertThatThrownBy(() -> locations.addException(HUB, taken))
        .isInstanceOfSatisfying(
            AlreadyExistsException.class,
            e -> assertThat(e.code()).isEqualTo(taken.id().toString()));
    assertThat(locations.findByCode(HUB)).contains(original);
  }

  @Test
  void removesOnlyAnExceptionOfTheNamedLocation() {
    Location hub = location("hub-centrum");
    locations.insert(hub);
    locations.insert(location("hub-noord"));
    UUID exceptionOfHub = hub.exceptions().get(0).id();

    assertThat(locations.removeException(new LocationCode("hub-noord"), exceptionOfHub)).isFalse();
    assertThat(locations.removeException(HUB, UUID.randomUUID())).isFalse();
    assertThat(locations.findByCode(HUB)).contains(hub);
  }

  @Test
  void countsTheLocations() {
    assertThat(locations.count()).isZero();
    locations.insert(location("hub-centrum"));
    locations.insert(kiosk("kiosk-a"));

    assertThat(locations.count()).isEqualTo(2);
  }

  @Test
  void keepsEveryOneOfConcurrentlyAddedExceptions() throws InterruptedException {
    Location original = location("hub-centrum");
    locations.insert(original);
    List<CalendarException> added =
        IntStream.range(0, 8)
            .mapToObj(i -> closure(LocalDate.of(2027, 2, 1 + i), LocalDate.of(2027, 2, 1 + i)))
            .toList();

    List<Throwable> outcomes =
        Concurrently.run(
            8,
            i -> {
              if (!locations.addException(HUB, added.get(i))) {
                throw new AssertionError("location not found");
              }
            });

    assertThat(outcomes).containsOnlyNulls();
    assertThat(locations.findByCode(HUB).orElseThrow().exceptions())
        .hasSize(10)
        .containsAll(added)
        .containsAll(original.exceptions());
  }

  @Test
  void ofConcurrentInsertsOfOneCodeExactlyOneWins() throws InterruptedException {
    List<Throwable> outcomes = Concurrently.run(8, i -> locations.insert(location("hub-centrum")));

    assertThat(outcomes).filteredOn(Objects::isNull).hasSize(1);
    assertThat(outcomes)
        .filteredOn(Objects::nonNull)
        .hasSize(7)
        .allSatisfy(failure -> assertThat(failure).isInstanceOf(AlreadyExistsException.class));
    assertThat(locations.count()).isEqualTo(1);
    assertThat(locations.findByCode(HUB).orElseThrow().exceptions()).hasSize(2);
  }
}
