package be.loketopmaat.domain.common;

import java.util.Objects;

/**
 * One reason why a value was refused, tied to the field (a dotted path such as {@code name.fr})
 * that carries it.
 */
public record FieldViolation(String field, String message) {
  public FieldViolation {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }
}
