package be.loketopmaat.domain.advice;

import be.loketopmaat.domain.location.Coordinates;
import be.loketopmaat.domain.location.DistrictCode;

/**
 * What a citizen told us about themselves, all optional. {@code digitalIdentification}: has an eID
 * card reader or itsme (null when unknown, which is not the same as no).
 */
public record CitizenContext(
    Boolean digitalIdentification,
    boolean prefersNonDigital,
    boolean reducedMobility,
    DistrictCode homeDistrict,
    Coordinates position) {

  public static CitizenContext unknown() {
    return new CitizenContext(null, false, false, null, null);
  }

  public boolean lacksDigitalIdentification() {
    return Boolean.FALSE.equals(digitalIdentification);
  }
}
