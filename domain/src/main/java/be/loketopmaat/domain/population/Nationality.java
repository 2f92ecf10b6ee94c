package be.loketopmaat.domain.population;

import be.loketopmaat.domain.common.InvalidInputException;
import java.util.Locale;
import java.util.regex.Pattern;

/** A nationality, by the country's ISO 3166-1 alpha-2 code ({@code BE}, {@code NL}, ...). */
public record Nationality(String countryCode) {
  private static final Pattern TWO_LETTERS = Pattern.compile("[A-Z]{2}");

  public static final Nationality BELGIAN = new Nationality("BE");

  public Nationality {
    countryCode = countryCode == null ? null : countryCode.strip().toUpperCase(Locale.ROOT);
    if (countryCode == null || !TWO_LETTERS.matcher(countryCode).matches()) {
      throw new InvalidInputException("nationality", "must be a two-letter ISO 3166 country code");
    }
  }

  public boolean isBelgian() {
    return BELGIAN.equals(this);
  }
}
