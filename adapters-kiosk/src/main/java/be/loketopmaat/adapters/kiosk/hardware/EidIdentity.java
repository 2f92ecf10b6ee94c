package be.loketopmaat.adapters.kiosk.hardware;

import be.loketopmaat.domain.citizen.NationalNumber;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The identity file of a Belgian eID card (3F00/DF01/4031), typed.
 *
 * @param photoDigest the hash of the photo file as the identity file holds it (SHA-1 or SHA-256)
 */
public record EidIdentity(
    String cardNumber,
    String chipNumber,
    LocalDate validFrom,
    LocalDate validUntil,
    String issuingMunicipality,
    NationalNumber nationalNumber,
    String lastName,
    String firstNames,
    String thirdNameInitial,
    String nationality,
    String birthPlace,
    LocalDate birthDate,
    Sex sex,
    byte[] photoDigest) {

  public EidIdentity {
    Objects.requireNonNull(cardNumber, "cardNumber");
    Objects.requireNonNull(validFrom, "validFrom");
    Objects.requireNonNull(validUntil, "validUntil");
    Objects.requireNonNull(nationalNumber, "nationalNumber");
    Objects.requireNonNull(lastName, "lastName");
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(sex, "sex");
    photoDigest = photoDigest == null ? new byte[0] : photoDigest.clone();
  }

  @Override
  public byte[] photoDigest() {
    return photoDigest.clone();
  }

  /** Whether the card is valid on {@code day} (both ends included). */
  public boolean validOn(LocalDate day) {
    return !day.isBefore(validFrom) && !day.isAfter(validUntil);
  }

  /** Leaves the national number out, so that a log line never carries it. */
  @Override
  public String toString() {
    return "EidIdentity[card " + cardNumber + ", valid " + validFrom + ".." + validUntil + "]";
  }

  /** The sex as printed on the card: M, or F/V/W (French, Dutch, German) for female. */
  public enum Sex {
    MALE,
    FEMALE
  }
}
