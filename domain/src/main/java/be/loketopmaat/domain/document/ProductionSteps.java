package be.loketopmaat.domain.document;

import be.loketopmaat.domain.common.ConflictException;
import java.util.Objects;

/** Rules every order to a federal production follows, whatever it orders. */
final class ProductionSteps {
  /** The longest reason kept for an order that ended early. */
  static final int MAX_REASON = 500;

  private ProductionSteps() {}

  /**
   * Whether an order already numbered {@code current} is acknowledged again as {@code number} (an
   * acknowledgement given twice); false when it had no number yet.
   *
   * @throws ConflictException when the production names another number
   */
  static boolean numberedBefore(String current, String number) {
    Objects.requireNonNull(number, "number");
    if (current == null) {
      return false;
    }
    if (!current.equals(number)) {
      throw new ConflictException(
          "production-number-differs",
          "the order already has production number {0}, not {1}",
          current,
          number);
    }
    return true;
  }

  /** A reason from a federal system, cut to what is kept. */
  static String shortened(String reason) {
    return reason == null || reason.length() <= MAX_REASON
        ? reason
        : reason.substring(0, MAX_REASON);
  }
}
