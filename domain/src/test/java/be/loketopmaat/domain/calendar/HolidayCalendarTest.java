package be.loketopmaat.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.domain.Fixtures;
import be.loketopmaat.domain.city.CityHoliday;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidayCalendarTest {

  @ParameterizedTest
  @CsvSource({
    "2000,2000-04-23",
    "2019,2019-04-21",
    "2024,2024-03-31",
    "2025,2025-04-20",
    "2026,2026-04-05",
    "2027,2027-03-28",
    "2038,2038-04-25"
  })
  void easterSundayFollowsTheGregorianComputus(int year, LocalDate easter) {
    assertThat(HolidayCalendar.easterSunday(year)).isEqualTo(easter);
  }

  @Test
  void theTenBelgianLegalHolidaysOf2026() {
    assertThat(HolidayCalendar.belgianLegalHolidays(2026))
        .extracting(PublicHoliday::date)
        .containsExactly(
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 4, 6),
            LocalDate.of(2026, 5, 1),
            LocalDate.of(2026, 5, 14),
            LocalDate.of(2026, 5, 25),
            LocalDate.of(2026, 7, 21),
            LocalDate.of(2026, 8, 15),
            LocalDate.of(2026, 11, 1),
            LocalDate.of(2026, 11, 11),
            LocalDate.of(2026, 12, 25));
  }

  @Test
  void aCityAddsItsOwnClosingDays() {
    HolidayCalendar calendar =
        new HolidayCalendar(
            List.of(
                new CityHoliday(MonthDay.of(7, 11), Fixtures.text("Flemish Community holiday"))));
    assertThat(calendar.holidayOn(LocalDate.of(2027, 7, 11)))
        .map(h -> h.name().en())
        .contains("Flemish Community holiday");
    assertThat(calendar.holidayOn(LocalDate.of(2027, 7, 21)))
        .map(h -> h.name().nl())
        .contains("Nationale feestdag");
    assertThat(calendar.holidayOn(LocalDate.of(2027, 7, 12))).isEmpty();
  }
}
