package be.loketopmaat.domain.calendar;

import java.time.ZoneId;

/**
 * The zone of the city's wall clock. The domain keeps times as the city's local date-times (opening
 * hours, slots, appointments); this zone turns them into instants and says what "today" is,
 * whatever zone the server runs in. Every Belgian city keeps Brussels time, so it is one constant,
 * not reference data.
 */
public final class CityTime {
  public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

  private CityTime() {}
}
