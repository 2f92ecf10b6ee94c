package be.loketopmaat.adapters.federal.http;

import be.loketopmaat.domain.common.Violations;
import be.loketopmaat.domain.population.NisCode;

/**
 * A municipality's partner credentials towards a federal system that knows it by an API key: the
 * municipality it speaks for (its NIS code, sent in {@code X-Municipality}) and the key (sent as
 * {@code Authorization: Bearer <key>}). Given in configuration, never in code; {@link #toString()}
 * does not show the key.
 */
public record PartnerCredentials(NisCode municipality, String apiKey) {
  /** The header that names the municipality a request speaks for. */
  public static final String MUNICIPALITY_HEADER = "X-Municipality";

  private static final int LONGEST_KEY = 512;

  public PartnerCredentials {
    new Violations()
        .requireNonNull(municipality, "municipality")
        .require(
            apiKey != null
                && !apiKey.isBlank()
                && apiKey.length() <= LONGEST_KEY
                && apiKey.chars().allMatch(c -> c > 0x20 && c < 0x7f),
            "apiKey",
            "must be 1 to 512 visible ASCII characters")
        .throwIfAny();
  }

  /** The value of the {@code Authorization} header. */
  public String authorization() {
    return "Bearer " + apiKey;
  }

  @Override
  public String toString() {
    return "PartnerCredentials[municipality=" + municipality + ", apiKey=***]";
  }
}
