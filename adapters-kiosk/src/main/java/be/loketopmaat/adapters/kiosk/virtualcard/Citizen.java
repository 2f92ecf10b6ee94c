package be.loketopmaat.adapters.kiosk.virtualcard;

import java.time.LocalDate;
import java.util.Objects;

/** Who a virtual card belongs to, as its identity and address files write it. */
public record Citizen(
    String cardNumber,
    String nationalNumber,
    String lastName,
    String firstNames,
    String nationality,
    String birthPlace,
    LocalDate birthDate,
    char sex,
    String streetAndNumber,
    String postalCode,
    String municipality,
    LocalDate validFrom,
    LocalDate validUntil,
    String pin) {
  public Citizen {
    Objects.requireNonNull(cardNumber, "cardNumber");
    Objects.requireNonNull(nationalNumber, "nationalNumber");
    Objects.requireNonNull(pin, "pin");
  }

  /** The same citizen on a card with other validity dates. */
  public Citizen validBetween(LocalDate from, LocalDate until) {
    return new Citizen(
        cardNumber,
        nationalNumber,
        lastName,
        firstNames,
        nationality,
        birthPlace,
        birthDate,
        sex,
        streetAndNumber,
        postalCode,
        municipality,
        from,
        until,
        pin);
  }
}
