package be.loketopmaat.adapters.kiosk.hardware;

import java.util.Objects;

/** The address file of a Belgian eID card (3F00/DF01/4033), typed. */
public record EidAddress(String streetAndNumber, String postalCode, String municipality) {
  public EidAddress {
    Objects.requireNonNull(streetAndNumber, "streetAndNumber");
    Objects.requireNonNull(postalCode, "postalCode");
    Objects.requireNonNull(municipality, "municipality");
  }

  /** Leaves the street out, so that a log line does not carry where someone lives. */
  @Override
  public String toString() {
    return "EidAddress[" + postalCode + " " + municipality + "]";
  }
}
