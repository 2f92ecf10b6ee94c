package be.loketopmaat.domain.location;

import be.loketopmaat.domain.common.Code;

/** The code of one of the city's districts (e.g. {@code berchem}). */
public record DistrictCode(String value) {
  public DistrictCode {
    Code.require(value, "district");
  }

  @Override
  public String toString() {
    return value;
  }
}
