package be.loketopmaat.domain.population;

import be.loketopmaat.domain.common.InvalidInputException;
import java.util.regex.Pattern;

/**
 * A municipality's NIS code (the five-digit code of Statbel, e.g. 11002 for Antwerp, 24062 for
 * Leuven). The population register knows a municipality by it, and it identifies the municipality
 * as sender of a request.
 */
public record NisCode(String value) {
  private static final Pattern FIVE_DIGITS = Pattern.compile("[1-9][0-9]{4}");

  public static final NisCode ANTWERP = new NisCode("11002");
  public static final NisCode LEUVEN = new NisCode("24062");

  public NisCode {
    if (value == null || !FIVE_DIGITS.matcher(value.strip()).matches()) {
      throw new InvalidInputException("nisCode", "must be a municipality's five-digit NIS code");
    }
    value = value.strip();
  }

  public static NisCode of(String value) {
    return new NisCode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
