package be.loketopmaat.domain.catalogue;

import be.loketopmaat.domain.common.Code;

/** The stable code of a product (e.g. {@code eid-application}); integrators and URLs rely on it. */
public record ProductCode(String value) {
  public ProductCode {
    Code.require(value, "code");
  }

  @Override
  public String toString() {
    return value;
  }
}
