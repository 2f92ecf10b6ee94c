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
 * traded: give it up while someone else is told where to click). A client (one address, or one
 * caller behind a gateway) keeps at most a few slots on hold at once, and cannot take back at once
 * a slot whose hold it released or let expire (which would keep a slot away from everyone by
 * holding it again and again).
 *
 * @param maxOpenAppointments open appointments per citizen
 * @param releaseCooldown how long a citizen cannot take back a slot they gave up, nor a client a
 *     slot it held
 * @param maxLiveHolds holds per client that have not expired
 */
public record FairUse(int maxOpenAppointments, Duration releaseCooldown, int maxLiveHolds) {

  public FairUse {
    if (maxOpenAppointments < 1) {
      throw new IllegalArgumentException("a citizen must be allowed at least one open appointment");
    }
    if (maxLiveHolds < 1) {
      throw new IllegalArgumentException("a client must be allowed at least one hold");
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
          "this slot was given up by the same citizen less than {0} minutes ago",
          releaseCooldown.toMinutes());
    }
  }

  /**
   * Refuses one more hold when the client already keeps as many live holds as allowed.
   *
   * @param liveHolds the client's holds that have not expired, counted under the client's lock
   */
  public void requireRoomForHold(int liveHolds) {
    if (liveHolds >= maxLiveHolds) {
      throw new ConflictException(
          "too-many-holds",
          "a client keeps at most {0} slots on hold at once; book or release one first",
          maxLiveHolds);
    }
  }

  /**
   * Refuses a slot that the same client held and released, or let expire, since {@link
   * #releasesCountSince}.
   */
  public void requireNotHeldRecently(boolean heldRecently) {
    if (heldRecently) {
      throw new ConflictException(
          "recently-held",
          "this slot was held by the same client less than {0} minutes ago; it stays free for others for a while",
          releaseCooldown.toMinutes());
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
          "a citizen has at most {0} open appointments; cancel one first",
          maxOpenAppointments);
    }
    Set<ProductCode> booked =
        open.stream().flatMap(a -> a.products().stream()).collect(Collectors.toSet());
    for (ProductCode product : products) {
      if (booked.contains(product)) {
        throw new ConflictException(
            "product-already-booked",
            "there is already an open appointment for '{0}'; reschedule that one instead",
            product);
      }
    }
  }
}
