package be.loketopmaat.domain.location;

import be.loketopmaat.domain.common.Code;

/**
 * The stable code of a location, as integrators and URLs use it (e.g. {@code
 * districtshuis-deurne}).
 */
public record LocationCode(String value) {
  public LocationCode {
    Code.require(value, "code");
  }

  @Override
  public String toString() {
    return value;
  }
}
