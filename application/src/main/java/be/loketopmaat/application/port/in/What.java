package be.loketopmaat.application.port.in;

import be.loketopmaat.domain.appointment.AppointmentNeed;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.common.Violations;
import java.util.List;

/**
 * What an appointment is for: one or more products, for one or more persons (a family applying
 * together). Valid once built.
 */
public record What(List<ProductCode> products, int persons) {
  public What {
    new Violations()
        .require(products != null && !products.isEmpty(), "products", "name at least one product")
        .requireNoNulls(products, "products")
        .require(
            persons >= 1 && persons <= AppointmentNeed.MAX_PERSONS,
            "persons",
            "must be between 1 and {0}",
            AppointmentNeed.MAX_PERSONS)
        .throwIfAny();
    products = List.copyOf(products);
  }

  /** One person. */
  public static What of(ProductCode... products) {
    return new What(List.of(products), 1);
  }
}
