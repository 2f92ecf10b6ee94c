package be.loketopmaat.adapters.kiosk.virtualcard;

import be.loketopmaat.domain.calendar.CityTime;
import java.time.LocalDate;

/**
 * The citizens on the virtual cards. Validity dates are relative to today, so they never go stale.
 */
public final class Personas {
  private Personas() {}

  /** A valid card of an Antwerp resident, PIN 1234. */
  public static Citizen anna() {
    LocalDate today = LocalDate.now(CityTime.ZONE);
    return new Citizen(
        "592123456789",
        "85051212376",
        "Peeters",
        "Anna Maria",
        "Belg",
        "Borgerhout",
        LocalDate.of(1985, 5, 12),
        'V',
        "Grote Markt 1",
        "2000",
        "Antwerpen",
        today.minusYears(2),
        today.plusYears(8),
        "1234");
  }

  /**
   * Anna's valid card with the national number of the MAGDA simulator's Antwerp resident
   * (85073100328), so that the simulated population register knows her: for kiosks printing attests
   * against a service on its first run. PIN 1234.
   */
  public static Citizen registerResident() {
    Citizen anna = anna();
    return new Citizen(
        anna.cardNumber(),
        "85073100328",
        anna.lastName(),
        anna.firstNames(),
        anna.nationality(),
        anna.birthPlace(),
        anna.birthDate(),
        anna.sex(),
        anna.streetAndNumber(),
        anna.postalCode(),
        anna.municipality(),
        anna.validFrom(),
        anna.validUntil(),
        anna.pin());
  }

  /** Another valid card, of a Berchem resident born in 2001, PIN 987654. */
  public static Citizen bram() {
    LocalDate today = LocalDate.now(CityTime.ZONE);
    return new Citizen(
        "592987654321",
        "01020300467",
        "Janssens",
        "Bram",
        "Belg",
        "Antwerpen",
        LocalDate.of(2001, 2, 3),
        'M',
        "Driekoningenstraat 126",
        "2600",
        "Berchem",
        today.minusYears(1),
        today.plusYears(9),
        "987654");
  }

  /** A card whose validity ended thirty days ago, PIN 1111. */
  public static Citizen expired() {
    LocalDate today = LocalDate.now(CityTime.ZONE);
    return new Citizen(
        "591000111222",
        "75060708957",
        "Claes",
        "Marc",
        "Belg",
        "Mechelen",
        LocalDate.of(1975, 6, 7),
        'M',
        "Statiestraat 8",
        "2600",
        "Berchem",
        today.minusYears(10).minusDays(30),
        today.minusDays(30),
        "1111");
  }

  /** A card whose PIN is already blocked (PIN 4321, no tries left). */
  public static Citizen blocked() {
    LocalDate today = LocalDate.now(CityTime.ZONE);
    return new Citizen(
        "591333444555",
        "90010100123",
        "De Smet",
        "Lotte",
        "Belg",
        "Gent",
        LocalDate.of(1990, 1, 1),
        'V',
        "Kerkstraat 3",
        "2060",
        "Antwerpen",
        today.minusYears(3),
        today.plusYears(7),
        "4321");
  }
}
