package be.loketopmaat.application.service;

import be.loketopmaat.application.port.out.ProductRepository;
import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.catalogue.Product;
import be.loketopmaat.domain.common.LocalizedText;
import java.util.List;

/**
 * The names of an appointment's products for the messages about it. A product taken out of the
 * catalogue since is still named, by its code: a message is never held back for it.
 */
final class ProductNames {
  private final ProductRepository products;

  ProductNames(ProductRepository products) {
    this.products = products;
  }

  List<LocalizedText> of(Appointment appointment) {
    return appointment.products().stream()
        .map(
            code ->
                products
                    .findByCode(code)
                    .map(Product::name)
                    .orElse(new LocalizedText(code.value(), code.value(), code.value())))
        .toList();
  }
}
