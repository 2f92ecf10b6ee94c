package be.loketopmaat.domain.advice;

import be.loketopmaat.domain.common.LocalizedText;
import java.util.List;

/** Where to collect the document once it is made, for products with a separate pickup step. */
public record PickupAdvice(
    boolean appointmentRequired, LocalizedText instruction, List<NearbyLocation> locations) {
  public PickupAdvice {
    locations = List.copyOf(locations);
  }
}
