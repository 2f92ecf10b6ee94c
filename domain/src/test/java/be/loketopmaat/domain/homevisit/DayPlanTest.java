package be.loketopmaat.domain.homevisit;

import static be.loketopmaat.domain.homevisit.HomeVisitTest.TUESDAY;
import static be.loketopmaat.domain.homevisit.HomeVisitTest.address;
import static be.loketopmaat.domain.homevisit.HomeVisitTest.application;
import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.domain.location.Address;
import be.loketopmaat.domain.location.Coordinates;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.location.TimeWindow;
import be.loketopmaat.domain.location.WeeklySchedule;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DayPlanTest {
  // 2018 is the base's area; 2100 (Deurne) is about 3.5 km away, 2660 (Hoboken) about 6 km.
  static final TravelTimes TRAVEL =
      new TravelTimes(
          Map.of(
              "2018", new Coordinates(51.2065, 4.4120),
              "2100", new Coordinates(51.2140, 4.4630),
              "2660", new Coordinates(51.1690, 4.3470)));
  static final Address BASE = new Address("Mercatorstraat 88", "2018", "Antwerpen");
  static final MobileTeam TEAM =
      new MobileTeam(
          HomeVisitTest.TEAM,
          "Mobile team",
          new LocationCode("districtshuis-antwerpen"),
          "kit-01",
          new WeeklySchedule(
              Map.of(
                  DayOfWeek.TUESDAY,
                  List.of(TimeWindow.of("09:00", "12:00"), TimeWindow.of("13:00", "16:00")))));

  @Test
  void travelTimeGrowsWithDistanceOnAFiveMinuteGrid() {
    assertThat(TRAVEL.minutes(BASE, address("2018"))).isEqualTo(15);
    assertThat(TRAVEL.minutes(BASE, address("2100"))).isEqualTo(25);
    assertThat(TRAVEL.minutes(BASE, address("2660"))).isEqualTo(35);
    assertThat(TRAVEL.minutes(address("2100"), address("2660"))).isEqualTo(45);
    assertThat(TRAVEL.minutes(address("2660"), address("2100"))).isEqualTo(45);
    assertThat(TRAVEL.covers(address("9000"))).isFalse();
  }

  @Test
  void theFirstVisitStartsOnceTheTeamCanBeThere() {
    DayPlan empty = new DayPlan(TEAM, BASE, TUESDAY, List.of());
    assertThat(empty.firstFit(address("2100"), 30, LocalTime.MIN, TRAVEL))
        .contains(LocalTime.of(9, 25));
    assertThat(empty.firstFit(address("2100"), 30, LocalTime.of(9, 33), TRAVEL))
        .contains(LocalTime.of(9, 35));
  }

  @Test
  void aVisitGoesInTheFirstGapThatHoldsItAndItsTravelBothWays() {
    HomeVisit deurne = application(LocalTime.of(9, 25), address("2100")); // till 9:55
    HomeVisit hoboken = application(LocalTime.of(11, 5), address("2660"), 20); // till 11:25
    DayPlan plan = new DayPlan(TEAM, BASE, TUESDAY, List.of(hoboken, deurne));

    // Ten minutes fit between them: 15 on from Deurne (10:10), ten at the door, 45 to Hoboken.
    assertThat(plan.firstFit(address("2100"), 10, LocalTime.MIN, TRAVEL))
        .contains(LocalTime.of(10, 10));
    assertThat(plan.fits(LocalTime.of(10, 10), address("2100"), 10, TRAVEL)).isTrue();
    assertThat(plan.fits(LocalTime.of(10, 15), address("2100"), 10, TRAVEL)).isFalse();
    // Thirty do not, nor after Hoboken (45 minutes back to Deurne, the base by 12:00): after lunch.
    assertThat(plan.firstFit(address("2100"), 30, LocalTime.MIN, TRAVEL))
        .contains(LocalTime.of(13, 25));
    assertThat(plan.fits(LocalTime.of(13, 25), address("2100"), 30, TRAVEL)).isTrue();
    assertThat(plan.fits(LocalTime.of(10, 12), address("2100"), 10, TRAVEL)).isFalse();
    assertThat(plan.fits(LocalTime.of(9, 25), address("2100"), 10, TRAVEL)).isFalse();
    assertThat(plan.fits(LocalTime.of(15, 40), address("2100"), 15, TRAVEL)).isFalse();
    assertThat(plan.fits(LocalTime.of(12, 30), address("2100"), 15, TRAVEL)).isFalse();
  }

  @Test
  void aFullDayHasNoRoomAndADayOffHasNone() {
    HomeVisit morning = application(LocalTime.of(9, 25), address("2100"), 150);
    HomeVisit afternoon = application(LocalTime.of(13, 25), address("2100"), 150);
    DayPlan full = new DayPlan(TEAM, BASE, TUESDAY, List.of(morning, afternoon));
    assertThat(full.firstFit(address("2100"), 15, LocalTime.MIN, TRAVEL)).isEmpty();

    DayPlan wednesday = new DayPlan(TEAM, BASE, TUESDAY.plusDays(1), List.of());
    assertThat(wednesday.firstFit(address("2100"), 15, LocalTime.MIN, TRAVEL)).isEmpty();
  }

  @Test
  void visitsThatNoLongerTakeTimeLeaveTheRouteAndTheRouteShowsTravel() {
    HomeVisit deurne = application(LocalTime.of(9, 25), address("2100"));
    HomeVisit cancelled =
        application(LocalTime.of(10, 30), address("2660")).cancel("ill", HomeVisitTest.NOW);
    DayPlan plan = new DayPlan(TEAM, BASE, TUESDAY, List.of(cancelled, deurne));
    assertThat(plan.visits()).containsExactly(deurne);
    List<DayPlan.Leg> route = plan.route(TRAVEL);
    assertThat(route).hasSize(2);
    assertThat(route.get(0).stops()).containsExactly(new DayPlan.Stop(deurne, 25));
    assertThat(route.get(0).returnMinutes()).isEqualTo(25);
    assertThat(route.get(1).stops()).isEmpty();
  }
}
