package be.loketopmaat.domain.appointment;

import be.loketopmaat.domain.location.Coordinates;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.location.LocationCode;
import java.time.LocalDateTime;

/**
 * A slot as offered to a citizen: where (the location itself, to name and find it), how many places
 * (free capable desks) are left at that time, and, when the citizen said where they are, how far it
 * is in metres (null otherwise).
 */
public record FreeSlot(Slot slot, Location location, int placesLeft, Long distanceMetres) {
  public LocationCode locationCode() {
    return slot.location();
  }

  public LocalDateTime start() {
    return slot.start();
  }

  public LocalDateTime end() {
    return slot.end();
  }

  public boolean evening() {
    return slot.evening();
  }

  public boolean saturday() {
    return slot.saturday();
  }

  /** The same slot with its distance from {@code origin}, or none without an origin. */
  public FreeSlot withDistanceFrom(Coordinates origin) {
    return new FreeSlot(
        slot,
        location,
        placesLeft,
        origin == null ? null : Math.round(origin.distanceKmTo(location.coordinates()) * 1000));
  }

  /** The same slot with the places the latest look at the taken time found. */
  public FreeSlot withPlacesLeft(int places) {
    return new FreeSlot(slot, location, places, distanceMetres);
  }
}
