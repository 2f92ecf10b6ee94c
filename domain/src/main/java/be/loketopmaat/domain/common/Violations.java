package be.loketopmaat.domain.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects the violations of one value under construction, so that a constructor can report all of
 * them together instead of stopping at the first.
 */
public final class Violations {
  private final List<FieldViolation> found = new ArrayList<>();

  /**
   * Records {@code template} (see {@link Phrase}) against {@code field} unless the condition holds.
   */
  public Violations require(boolean condition, String field, String template, Object... args) {
    if (!condition) {
      found.add(new FieldViolation(field, template, args));
    }
    return this;
  }

  public Violations requireNonNull(Object value, String field) {
    return require(value != null, field, "is required");
  }

  public Violations requireText(String value, String field, int maxLength) {
    if (value == null || value.isBlank()) {
      found.add(new FieldViolation(field, "is required"));
    } else if (value.length() > maxLength) {
      found.add(new FieldViolation(field, "must be at most {0} characters", maxLength));
    }
    return this;
  }

  /**
   * Refuses a collection with an empty (null) element; immutable collections cannot even be asked.
   */
  public Violations requireNoNulls(Collection<?> values, String field) {
    if (values != null) {
      for (Object value : values) {
        if (value == null) {
          found.add(new FieldViolation(field, "must not contain empty entries"));
          break;
        }
      }
    }
    return this;
  }

  /** Runs a nested construction and keeps its violations under {@code prefix}. */
  public <T> T nested(String prefix, Supplier<T> construction) {
    try {
      return construction.get();
    } catch (InvalidInputException e) {
      found.addAll(e.under(prefix).violations());
      return null;
    }
  }

  public Violations addAll(Collection<FieldViolation> violations) {
    found.addAll(violations);
    return this;
  }

  public boolean isEmpty() {
    return found.isEmpty();
  }

  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new InvalidInputException(found);
    }
  }
}
