package be.loketopmaat.domain.homevisit;

import be.loketopmaat.domain.common.Code;

/** The code of one of the city's mobile teams (e.g. {@code mobile-antwerpen}). */
public record TeamCode(String value) {
  public TeamCode {
    Code.require(value, "team");
  }

  @Override
  public String toString() {
    return value;
  }
}
