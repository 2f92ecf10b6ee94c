package be.loketopmaat.domain.location;

import be.loketopmaat.domain.common.Violations;

/** A point on the map (WGS 84), precise enough to tell which location is nearer. */
public record Coordinates(double latitude, double longitude) {
  private static final double EARTH_RADIUS_KM = 6371.0088;

  public Coordinates {
    new Violations()
        .require(
            Double.isFinite(latitude) && latitude >= -90 && latitude <= 90,
            "latitude",
            "must be between -90 and 90")
        .require(
            Double.isFinite(longitude) && longitude >= -180 && longitude <= 180,
            "longitude",
            "must be between -180 and 180")
        .throwIfAny();
  }

  /**
   * Great-circle distance (haversine); a few metres off at city scale, which is plenty for
   * "nearest".
   */
  public double distanceKmTo(Coordinates other) {
    double dLat = Math.toRadians(other.latitude - latitude);
    double dLon = Math.toRadians(other.longitude - longitude);
    double a =
        Math.pow(Math.sin(dLat / 2), 2)
            + Math.cos(Math.toRadians(latitude))
                * Math.cos(Math.toRadians(other.latitude))
                * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
