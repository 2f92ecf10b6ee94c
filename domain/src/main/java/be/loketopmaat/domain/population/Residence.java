package be.loketopmaat.domain.population;

import be.loketopmaat.domain.common.Violations;
import be.loketopmaat.domain.location.Address;
import java.time.LocalDate;

/** Where a person has their main residence, in which municipality, and since when. */
public record Residence(Address address, NisCode municipality, LocalDate since) {
  public Residence {
    new Violations()
        .requireNonNull(address, "address")
        .requireNonNull(municipality, "municipality")
        .requireNonNull(since, "since")
        .throwIfAny();
  }
}
