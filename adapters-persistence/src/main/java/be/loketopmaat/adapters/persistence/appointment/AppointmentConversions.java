package be.loketopmaat.adapters.persistence.appointment;

import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.citizen.NationalNumber;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Conversions of the appointment rows' plain columns, for {@link AppointmentRowMapper}. Null stays
 * null.
 */
final class AppointmentConversions {
  private AppointmentConversions() {}

  /**
   * Product codes are lower-case letters, digits and dashes, so a comma separates them
   * unambiguously.
   */
  static String products(List<ProductCode> products) {
    return products == null
        ? null
        : products.stream().map(ProductCode::value).collect(Collectors.joining(","));
  }

  static List<ProductCode> products(String products) {
    return products == null
        ? null
        : Arrays.stream(products.split(",")).map(ProductCode::new).toList();
  }

  static String insz(NationalNumber insz) {
    return insz == null ? null : insz.digits();
  }

  static NationalNumber insz(String digits) {
    return digits == null ? null : new NationalNumber(digits);
  }

  static String reference(AppointmentReference reference) {
    return reference == null ? null : reference.value();
  }

  static AppointmentReference reference(String value) {
    return value == null ? null : new AppointmentReference(value);
  }
}
