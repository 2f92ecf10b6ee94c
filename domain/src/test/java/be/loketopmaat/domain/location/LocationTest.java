package be.loketopmaat.domain.location;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.domain.Fixtures;
import be.loketopmaat.domain.common.InvalidInputException;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LocationTest {
  private final Location hub = Fixtures.hub("hub", Fixtures.NORTH);

  @Test
  void aStaffedLocationNeedsADesk() {
    assertThatThrownBy(
            () ->
                new Location(
                    hub.code(),
                    hub.name(),
                    LocationType.CITY_COUNTER,
                    hub.district(),
                    hub.address(),
                    hub.coordinates(),
                    hub.facilities(),
                    List.of(),
                    hub.schedule(),
                    List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("desks: a location of type CITY_COUNTER needs at least one desk");
  }

  @Test
  void aKioskSiteHasNoDesks() {
    assertThatThrownBy(
            () ->
                new Location(
                    hub.code(),
                    hub.name(),
                    LocationType.KIOSK_SITE,
                    hub.district(),
                    hub.address(),
                    hub.coordinates(),
                    Set.of(Facility.KIOSK_TERMINAL),
                    hub.desks(),
                    hub.schedule(),
                    List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("has no staffed desks");
  }

  @Test
  void deskCodesAreUniqueWithinALocation() {
    Desk desk = new Desk("desk-1", EnumSet.of(DeskCapability.IDENTITY));
    assertThatThrownBy(
            () ->
                new Location(
                    hub.code(),
                    hub.name(),
                    hub.type(),
                    hub.district(),
                    hub.address(),
                    hub.coordinates(),
                    hub.facilities(),
                    List.of(desk, desk),
                    hub.schedule(),
                    List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("desks[1].code: is used twice");
  }

  @Test
  void windowsOfOneDayMayNotOverlap() {
    assertThatThrownBy(
            () ->
                new WeeklySchedule(
                    Map.of(
                        DayOfWeek.MONDAY,
                        List.of(TimeWindow.of("08:00", "12:00"), TimeWindow.of("11:30", "16:00")))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("days.monday: windows must not overlap");
  }

  @Test
  void aWindowEndsAfterItStarts() {
    assertThatThrownBy(() -> TimeWindow.of("12:00", "12:00"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void scheduleWindowsAreSorted() {
    WeeklySchedule schedule =
        new WeeklySchedule(
            Map.of(
                DayOfWeek.MONDAY,
                List.of(TimeWindow.of("13:00", "16:00"), TimeWindow.of("08:00", "12:00"))));
    assertThat(schedule.on(DayOfWeek.MONDAY))
        .containsExactly(TimeWindow.of("08:00", "12:00"), TimeWindow.of("13:00", "16:00"));
    assertThat(schedule.on(DayOfWeek.SUNDAY)).isEmpty();
  }

  @Test
  void distancesAreGreatCircle() {
    // Antwerp Groenplaats to Brussels Grand-Place: about 41 km as the crow flies.
    Coordinates antwerp = new Coordinates(51.2194, 4.4003);
    Coordinates brussels = new Coordinates(50.8467, 4.3525);
    assertThat(antwerp.distanceKmTo(brussels)).isBetween(41.0, 42.5);
    assertThat(antwerp.distanceKmTo(antwerp)).isZero();
  }

  @Test
  void coordinatesAreOnEarth() {
    assertThatThrownBy(() -> new Coordinates(91, 0)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new Coordinates(0, Double.NaN))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aBelgianPostalCodeHasFourDigits() {
    assertThatThrownBy(() -> new Address("Straat 1", "200", "Antwerpen"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("postalCode");
  }

  @Test
  void aClosureHasNoWindowsAndAnExtraOpeningHasSome() {
    assertThatThrownBy(
            () ->
                new CalendarException(
                    java.util.UUID.randomUUID(),
                    CalendarException.Kind.CLOSURE,
                    java.time.LocalDate.of(2026, 12, 24),
                    java.time.LocalDate.of(2026, 12, 24),
                    List.of(TimeWindow.of("08:00", "12:00")),
                    Fixtures.text("Strike")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("windows");
    assertThatThrownBy(
            () ->
                new CalendarException(
                    java.util.UUID.randomUUID(),
                    CalendarException.Kind.EXTRA_OPENING,
                    java.time.LocalDate.of(2026, 12, 24),
                    java.time.LocalDate.of(2026, 12, 23),
                    List.of(),
                    Fixtures.text("Election")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("to: must not be before from")
        .hasMessageContaining("windows: an extra opening needs at least one window");
  }
}
