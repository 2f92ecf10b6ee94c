package be.loketopmaat.application.port.in;

import be.loketopmaat.domain.appointment.AppointmentNeed;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.common.Violations;
import java.util.List;
import java.util.UUID;

/**
 * What an appointment is for: an application for one or more products, for one or more persons (a
 * family applying together); or the pickup of one document that arrived in a location's safe, named
 * by its order. Valid once built.
 *
 * @param products the products applied for; for a pickup empty, or the document's own product
 * @param pickupOf the document order to pick up, or null for an application
 */
public record What(List<ProductCode> products, int persons, UUID pickupOf) {
  public What {
    new Violations()
        .require(
            pickupOf != null || (products != null && !products.isEmpty()),
            "products",
            "name at least one product")
        .requireNoNulls(products, "products")
        .require(
            persons >= 1 && persons <= AppointmentNeed.MAX_PERSONS,
            "persons",
            "must be between 1 and {0}",
            AppointmentNeed.MAX_PERSONS)
        .require(
            pickupOf == null || persons == 1, "persons", "a document is picked up by one person")
        .throwIfAny();
    products = products == null ? List.of() : List.copyOf(products);
  }

  /** An application. */
  public What(List<ProductCode> products, int persons) {
    this(products, persons, null);
  }

  /** One person applying. */
  public static What of(ProductCode... products) {
    return new What(List.of(products), 1);
  }

  /** The pickup of the document of this order. */
  public static What pickup(UUID document) {
    return new What(List.of(), 1, java.util.Objects.requireNonNull(document, "document"));
  }

  public boolean isPickup() {
    return pickupOf != null;
  }
}
