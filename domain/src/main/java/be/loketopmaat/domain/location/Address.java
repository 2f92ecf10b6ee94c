package be.loketopmaat.domain.location;

import be.loketopmaat.domain.common.Formats;
import be.loketopmaat.domain.common.Violations;

/** A Belgian postal address. */
public record Address(String street, String postalCode, String municipality) {
  public Address {
    new Violations()
        .requireText(street, "street", 200)
        .require(
            Formats.isBelgianPostalCode(postalCode),
            "postalCode",
            "must be a Belgian postal code of four digits")
        .requireText(municipality, "municipality", 100)
        .throwIfAny();
  }
}
