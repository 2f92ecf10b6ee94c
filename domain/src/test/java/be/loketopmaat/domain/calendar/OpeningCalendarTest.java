package be.loketopmaat.domain.calendar;

import static be.loketopmaat.domain.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.domain.Fixtures;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.location.CalendarException;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.location.TimeWindow;
import be.loketopmaat.domain.location.WeeklySchedule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpeningCalendarTest {
  private static final HolidayCalendar HOLIDAYS = new HolidayCalendar(List.of());
  // Monday 23 November 2026 .. Sunday 29 November 2026
  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

  private final Location hub =
      withSchedule(
          new WeeklySchedule(
              Map.of(
                  DayOfWeek.MONDAY,
                      List.of(TimeWindow.of("08:30", "12:30"), TimeWindow.of("13:30", "20:00")),
                  DayOfWeek.TUESDAY, List.of(TimeWindow.of("08:30", "16:00")),
                  DayOfWeek.SATURDAY, List.of(TimeWindow.of("09:00", "12:00")))));

  @Test
  void windowsAreMarkedEveningWhenOpenAfterSixAndSaturdayOnSaturdays() {
    OpeningCalendar calendar = OpeningCalendar.resolve(hub, MONDAY, MONDAY.plusDays(6), HOLIDAYS);

    assertThat(calendar.windows())
        .containsExactly(
            new OpenWindow(MONDAY, LocalTime.of(8, 30), LocalTime.of(12, 30), false, false),
            new OpenWindow(MONDAY, LocalTime.of(13, 30), LocalTime.of(20, 0), true, false),
            new OpenWindow(
                MONDAY.plusDays(1), LocalTime.of(8, 30), LocalTime.of(16, 0), false, false),
            new OpenWindow(
                MONDAY.plusDays(5), LocalTime.of(9, 0), LocalTime.of(12, 0), false, true));
    assertThat(calendar.closedDays()).isEmpty();
  }

  @Test
  void aWindowEndingAtSixIsNotAnEvening() {
    assertThat(OpenWindow.of(MONDAY, LocalTime.of(14, 0), LocalTime.of(18, 0)).evening()).isFalse();
    assertThat(OpenWindow.of(MONDAY, LocalTime.of(14, 0), LocalTime.of(18, 1)).evening()).isTrue();
  }

  @Test
  void publicHolidaysCloseTheLocationAndSayWhy() {
    // Easter Monday 2026 is 6 April.
    OpeningCalendar calendar =
        OpeningCalendar.resolve(hub, LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 7), HOLIDAYS);
    assertThat(calendar.windows())
        .extracting(OpenWindow::date)
        .containsOnly(LocalDate.of(2026, 4, 7));
    assertThat(calendar.closedDays())
        .singleElement()
        .satisfies(day -> assertThat(day.reason().en()).isEqualTo("Easter Monday"));
  }

  @Test
  void aClosureShutsTheWholeDayEvenWithAnExtraOpening() {
    Location closed =
        hub.withException(CalendarException.closure(MONDAY, MONDAY.plusDays(1), text("Renovation")))
            .withException(
                CalendarException.extraOpening(
                    MONDAY, List.of(TimeWindow.of("18:00", "21:00")), text("Extra evening")));
    OpeningCalendar calendar =
        OpeningCalendar.resolve(closed, MONDAY, MONDAY.plusDays(6), HOLIDAYS);
    assertThat(calendar.windows()).extracting(OpenWindow::date).containsOnly(MONDAY.plusDays(5));
    assertThat(calendar.closedDays())
        .extracting(ClosedDay::date)
        .containsExactly(MONDAY, MONDAY.plusDays(1));
  }

  @Test
  void anExtraOpeningAddsWindowsAndMergesThoseThatTouch() {
    Location extended =
        hub.withException(
            CalendarException.extraOpening(
                MONDAY.plusDays(1), List.of(TimeWindow.of("16:00", "19:00")), text("Election")));
    OpeningCalendar calendar =
        OpeningCalendar.resolve(extended, MONDAY.plusDays(1), MONDAY.plusDays(1), HOLIDAYS);
    assertThat(calendar.windows())
        .containsExactly(
            new OpenWindow(
                MONDAY.plusDays(1), LocalTime.of(8, 30), LocalTime.of(19, 0), true, false));
  }

  @Test
  void anExtraOpeningOnAHolidayOpensIt() {
    LocalDate christmas = LocalDate.of(2026, 12, 25);
    Location open =
        hub.withException(
            CalendarException.extraOpening(
                christmas, List.of(TimeWindow.of("10:00", "12:00")), text("Emergency documents")));
    OpeningCalendar calendar = OpeningCalendar.resolve(open, christmas, christmas, HOLIDAYS);
    assertThat(calendar.windows())
        .extracting(OpenWindow::start)
        .containsExactly(LocalTime.of(10, 0));
    assertThat(calendar.closedDays()).isEmpty();
  }

  @Test
  void aRangeIsAtMostAYearAndEndsAfterItStarts() {
    assertThatThrownBy(() -> OpeningCalendar.resolve(hub, MONDAY, MONDAY.minusDays(1), HOLIDAYS))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("to: must not be before from");
    assertThatThrownBy(() -> OpeningCalendar.resolve(hub, MONDAY, MONDAY.plusDays(366), HOLIDAYS))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("at most 366 days");
    assertThat(OpeningCalendar.resolve(hub, MONDAY, MONDAY.plusDays(365), HOLIDAYS).windows())
        .isNotEmpty();
  }

  private static Location withSchedule(WeeklySchedule schedule) {
    Location base = Fixtures.hub("hub", Fixtures.NORTH);
    return new Location(
        base.code(),
        base.name(),
        base.type(),
        base.district(),
        base.address(),
        base.coordinates(),
        base.facilities(),
        base.desks(),
        schedule,
        List.of());
  }
}
