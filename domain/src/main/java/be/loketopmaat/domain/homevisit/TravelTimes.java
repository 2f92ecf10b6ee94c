package be.loketopmaat.domain.homevisit;

import be.loketopmaat.domain.location.Address;
import be.loketopmaat.domain.location.Coordinates;
import java.util.Map;
import java.util.Objects;

/**
 * How long a mobile team takes from one address to the next. The city has no route planner behind
 * it, so the estimate goes by postal code: the straight line between the centres of the two postal
 * areas (at least {@value #WITHIN_AREA_KM} km, the way across one area), {@value #DETOUR} times
 * longer by road, at {@value #KM_PER_HOUR} km/h through town, plus {@value #PARKING_MINUTES}
 * minutes to park and reach the door, rounded up to five minutes. Only addresses in a postal area
 * the team knows are {@linkplain #covers covered}.
 */
public final class TravelTimes {
  public static final double WITHIN_AREA_KM = 1.5;
  public static final double DETOUR = 1.4;
  public static final double KM_PER_HOUR = 20;
  public static final int PARKING_MINUTES = 5;

  private final Map<String, Coordinates> centres;

  /** By the centre of each postal area, keyed by postal code. */
  public TravelTimes(Map<String, Coordinates> centres) {
    this.centres = Map.copyOf(centres);
  }

  /** Whether the team knows how to reach {@code address}. */
  public boolean covers(Address address) {
    return centres.containsKey(address.postalCode());
  }

  /**
   * Whole minutes from {@code from} to {@code to}, a multiple of five.
   *
   * @throws IllegalArgumentException when either address is not {@linkplain #covers covered}
   */
  public int minutes(Address from, Address to) {
    Coordinates a = centre(from);
    Coordinates b = centre(to);
    double km = Math.max(WITHIN_AREA_KM, a.distanceKmTo(b)) * DETOUR;
    double minutes = PARKING_MINUTES + km / KM_PER_HOUR * 60;
    return (int) Math.ceil(minutes / 5) * 5;
  }

  private Coordinates centre(Address address) {
    Coordinates centre = centres.get(Objects.requireNonNull(address, "address").postalCode());
    if (centre == null) {
      throw new IllegalArgumentException("no centre known for postal code " + address.postalCode());
    }
    return centre;
  }
}
