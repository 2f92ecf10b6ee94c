package be.loketopmaat.domain.appointment;

import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.catalogue.PickupStep;
import be.loketopmaat.domain.catalogue.Product;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.common.Violations;
import be.loketopmaat.domain.location.DeskCapability;
import be.loketopmaat.domain.location.Facility;
import be.loketopmaat.domain.offer.OfferRules;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What one appointment must cover. An application: one or more products for one or more persons,
 * all at one desk; it takes the summed desk time of the products for each person, a desk that can
 * handle every product's theme, and a location with every facility the products need. A pickup: one
 * product's document, collected by one person; it takes the product's pickup step (its own desk
 * minutes and facilities), a pickup desk, and a safe.
 *
 * @param pickup whether this is a pickup rather than an application
 */
public record AppointmentNeed(List<Product> products, int persons, boolean pickup) {
  public static final int MAX_PRODUCTS = 5;
  public static final int MAX_PERSONS = 6;

  public AppointmentNeed {
    Violations violations =
        new Violations()
            .require(
                products != null && !products.isEmpty(), "products", "name at least one product")
            .requireNoNulls(products, "products")
            .require(
                products == null || products.size() <= MAX_PRODUCTS,
                "products",
                "at most {0} products in one appointment",
                MAX_PRODUCTS)
            .require(
                persons >= 1 && persons <= MAX_PERSONS,
                "persons",
                "must be between 1 and {0}",
                MAX_PERSONS);
    violations.throwIfAny();
    if (pickup) {
      violations
          .require(products.size() == 1, "products", "a pickup collects one document")
          .require(persons == 1, "persons", "a document is picked up by one person")
          .require(
              products.get(0).pickupStep().isPresent(),
              "products[0]",
              "'{0}' is not a document that is picked up later",
              products.get(0).code())
          .throwIfAny();
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < products.size() && !pickup; i++) {
      Product product = products.get(i);
      violations.require(
          seen.add(product.code().value()), "products[" + i + "]", "is listed twice");
      violations.require(
          product.deliveredThrough(Channel.COUNTER_APPOINTMENT),
          "products[" + i + "]",
          "'{0}' is not delivered by appointment",
          product.code());
    }
    violations.throwIfAny();
    products = List.copyOf(products);
  }

  /** An application for these products, for this many persons. */
  public AppointmentNeed(List<Product> products, int persons) {
    this(products, persons, false);
  }

  /** The pickup of one document of {@code product}. */
  public static AppointmentNeed pickup(Product product) {
    return new AppointmentNeed(List.of(product), 1, true);
  }

  public static AppointmentNeed of(Product... products) {
    return new AppointmentNeed(List.of(products), 1);
  }

  public Duration duration() {
    if (pickup) {
      return pickupStep().deskDuration();
    }
    Duration perPerson =
        products.stream().map(Product::deskDuration).reduce(Duration.ZERO, Duration::plus);
    return perPerson.multipliedBy(persons);
  }

  public Set<DeskCapability> deskCapabilities() {
    if (pickup) {
      return EnumSet.of(DeskCapability.PICKUP);
    }
    EnumSet<DeskCapability> needed = EnumSet.noneOf(DeskCapability.class);
    products.forEach(p -> needed.add(OfferRules.deskCapabilityFor(p.theme())));
    return needed;
  }

  public Set<Facility> facilities() {
    EnumSet<Facility> needed = EnumSet.noneOf(Facility.class);
    if (pickup) {
      needed.add(Facility.SAFE);
      needed.addAll(pickupStep().requiredFacilities());
      return needed;
    }
    products.forEach(p -> needed.addAll(p.requiredFacilities()));
    return needed;
  }

  private PickupStep pickupStep() {
    return products.get(0).pickupStep().orElseThrow();
  }

  /** Refuses a need that no single appointment can cover, whatever the location. */
  public void requireFitsOneDesk(Duration longestWindow) {
    if (duration().compareTo(longestWindow) > 0) {
      throw new InvalidInputException(
          "products",
          "together they take {0} minutes, more than any opening window; book them separately",
          duration().toMinutes());
    }
  }
}
