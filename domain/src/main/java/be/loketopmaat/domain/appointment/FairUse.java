package be.loketopmaat.domain.appointment;

import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.common.ConflictException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Fair use of the city's desk time: a citizen keeps at most a few open appointments, never two for
 * one product, and cannot take back a slot they gave up a moment ago (which would let a slot be
 * traded: give it up while someone else is told where to click).
 *
 * @param maxOpenAppointments open appointments per citizen
 * @param releaseCooldown how long a citizen cannot take back a slot they gave up
 */
public record FairUse(int maxOpenAppointments, Duration releaseCooldown) {

  public FairUse {
    if (maxOpenAppointments < 1) {
      throw new IllegalArgumentException("a citizen must be allowed at least one open appointment");
    }
    if (releaseCooldown.isNegative()) {
      throw new IllegalArgumentException("the release cooldown cannot be negative");
    }
  }

  /** From when a release still counts against taking the slot back. */
  public LocalDateTime releasesCountSince(LocalDateTime now) {
    return now.minus(releaseCooldown);
  }

  /**
   * Refuses a slot that the same citizen gave up since {@link #releasesCountSince}.
   *
   * @param releasedRecently whether the citizen released this slot (location and start) since then
   */
  public void requireNotReleasedRecently(boolean releasedRecently) {
    if (releasedRecently) {
      throw new ConflictException(
          "recently-released",
          "this slot was given up by the same citizen less than "
              + releaseCooldown.toMinutes()
              + " minutes ago");
    }
  }

  /**
   * Refuses one more appointment for these products when the citizen already has as many open
   * appointments as allowed, or an open appointment for one of them.
   *
   * @param open the citizen's open appointments, read under the citizen's lock
   */
  public void requireRoomFor(List<ProductCode> products, List<Appointment> open) {
    if (open.size() >= maxOpenAppointments) {
      throw new ConflictException(
          "too-many-appointments",
          "a citizen has at most " + maxOpenAppointments + " open appointments; cancel one first");
    }
    Set<ProductCode> booked =
        open.stream().flatMap(a -> a.products().stream()).collect(Collectors.toSet());
    for (ProductCode product : products) {
      if (booked.contains(product)) {
        throw new ConflictException(
            "product-already-booked",
            "there is already an open appointment for '"
                + product
                + "'; reschedule that one instead");
      }
    }
  }
}
