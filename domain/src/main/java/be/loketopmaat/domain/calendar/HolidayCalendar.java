package be.loketopmaat.domain.calendar;

import be.loketopmaat.domain.city.CityHoliday;
import be.loketopmaat.domain.common.LocalizedText;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ten Belgian legal public holidays (computed, Easter by the Gregorian computus) plus the
 * closing days a city adds of its own.
 */
public final class HolidayCalendar {
  private final List<CityHoliday> cityHolidays;
  private final Map<Integer, Map<LocalDate, PublicHoliday>> byYear = new HashMap<>();

  public HolidayCalendar(List<CityHoliday> cityHolidays) {
    this.cityHolidays = List.copyOf(cityHolidays);
  }

  public Optional<PublicHoliday> holidayOn(LocalDate date) {
    return Optional.ofNullable(holidaysIn(date.getYear()).get(date));
  }

  /** All holidays of one year, by date. Computed once per year and instance. */
  public synchronized Map<LocalDate, PublicHoliday> holidaysIn(int year) {
    return byYear.computeIfAbsent(year, this::compute);
  }

  private Map<LocalDate, PublicHoliday> compute(int year) {
    List<PublicHoliday> list = new ArrayList<>(belgianLegalHolidays(year));
    for (CityHoliday holiday : cityHolidays) {
      if (holiday.day().isValidYear(year)) {
        list.add(new PublicHoliday(holiday.day().atYear(year), holiday.name()));
      }
    }
    Map<LocalDate, PublicHoliday> map = new HashMap<>();
    for (PublicHoliday holiday : list) {
      map.putIfAbsent(holiday.date(), holiday);
    }
    return Map.copyOf(map);
  }

  public static List<PublicHoliday> belgianLegalHolidays(int year) {
    LocalDate easter = easterSunday(year);
    return List.of(
        holiday(LocalDate.of(year, Month.JANUARY, 1), "Nieuwjaar", "Nouvel An", "New Year's Day"),
        holiday(easter.plusDays(1), "Paasmaandag", "Lundi de Pâques", "Easter Monday"),
        holiday(
            LocalDate.of(year, Month.MAY, 1), "Dag van de Arbeid", "Fête du Travail", "Labour Day"),
        holiday(easter.plusDays(39), "Onze-Lieve-Heer-Hemelvaart", "Ascension", "Ascension Day"),
        holiday(easter.plusDays(50), "Pinkstermaandag", "Lundi de Pentecôte", "Whit Monday"),
        holiday(
            LocalDate.of(year, Month.JULY, 21),
            "Nationale feestdag",
            "Fête nationale",
            "National Day"),
        holiday(
            LocalDate.of(year, Month.AUGUST, 15),
            "Onze-Lieve-Vrouw-Hemelvaart",
            "Assomption",
            "Assumption Day"),
        holiday(
            LocalDate.of(year, Month.NOVEMBER, 1), "Allerheiligen", "Toussaint", "All Saints' Day"),
        holiday(
            LocalDate.of(year, Month.NOVEMBER, 11), "Wapenstilstand", "Armistice", "Armistice Day"),
        holiday(LocalDate.of(year, Month.DECEMBER, 25), "Kerstmis", "Noël", "Christmas Day"));
  }

  /** Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" algorithm). */
  public static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }

  private static PublicHoliday holiday(LocalDate date, String nl, String fr, String en) {
    return new PublicHoliday(date, new LocalizedText(nl, fr, en));
  }
}
