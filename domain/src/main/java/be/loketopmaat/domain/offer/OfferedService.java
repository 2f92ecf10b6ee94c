package be.loketopmaat.domain.offer;

/** What a location can do for a product. */
public enum OfferedService {
  /** Apply for it at a desk, by appointment. */
  APPOINTMENT,
  /** Get it at a desk without appointment. */
  WALK_IN,
  /** Collect the document once it is made (the product's pickup step). */
  PICKUP,
  /** Do it yourself at a self-service kiosk. */
  KIOSK
}
