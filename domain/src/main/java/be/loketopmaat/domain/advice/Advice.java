package be.loketopmaat.domain.advice;

import be.loketopmaat.domain.catalogue.Product;
import java.util.List;

/** The ordered ways for one citizen to get one product: never empty, best first. */
public record Advice(Product product, List<AdviceOption> options, PickupAdvice pickup) {
  public Advice {
    if (options == null || options.isEmpty()) {
      throw new IllegalStateException("advice is never empty: there is always a next step");
    }
    options = List.copyOf(options);
  }
}
