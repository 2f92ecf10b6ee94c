package be.loketopmaat.bootstrap;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import java.time.Duration;

/**
 * A product's own bookable window, under {@code loket.booking.products.<product-code>}: e.g. a lead
 * time of two days for a passport, whose file the desk prepares.
 */
@EachProperty("loket.booking.products")
public class ProductBookingWindowConfiguration {
  private final String product;
  private Duration leadTime;
  private Integer daysAhead;

  public ProductBookingWindowConfiguration(@Parameter String product) {
    this.product = product;
  }

  public String getProduct() {
    return product;
  }

  public Duration getLeadTime() {
    return leadTime;
  }

  public void setLeadTime(Duration leadTime) {
    this.leadTime = leadTime;
  }

  public Integer getDaysAhead() {
    return daysAhead;
  }

  public void setDaysAhead(Integer daysAhead) {
    this.daysAhead = daysAhead;
  }
}
