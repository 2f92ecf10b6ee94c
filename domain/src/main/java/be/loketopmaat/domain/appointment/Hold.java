package be.loketopmaat.domain.appointment;

import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.common.ClientId;
import be.loketopmaat.domain.location.LocationCode;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A slot kept for a short while for one client, while the citizen confirms. It takes the desk's
 * time like an appointment does, until it expires, is released or is confirmed.
 *
 * @param holder the client that keeps it, for fair use
 * @param pickupOf the document order the slot is held to pick up, or null for an application
 */
public record Hold(
    UUID id,
    LocationCode location,
    String desk,
    LocalDateTime start,
    LocalDateTime end,
    List<ProductCode> products,
    int persons,
    LocalDateTime expiresAt,
    ClientId holder,
    UUID pickupOf) {

  public Hold {
    products = List.copyOf(products);
    Objects.requireNonNull(holder, "holder");
  }

  public boolean expiredAt(LocalDateTime now) {
    return !now.isBefore(expiresAt);
  }

  public Slot slot() {
    return new Slot(location, start, end);
  }
}
