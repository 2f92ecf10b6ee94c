package be.loketopmaat.application.service;

import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.renewal.DueRule;
import be.loketopmaat.domain.renewal.KeptSlotCap;
import java.util.Objects;

/**
 * How the city runs proactive eID renewal, from configuration.
 *
 * @param due who is due: the horizon before a card runs out
 * @param windowFromDays the first day a slot is kept on, in days after the run
 * @param windowToDays the last day a slot is kept on, in days after the run
 * @param keepDaysBefore a kept slot lapses this many days before it, unless confirmed
 * @param cap the kept slots allowed per location and day
 * @param product the product booked (the eID application)
 * @param nearestLocations how many locations near home are tried, nearest first
 */
public record EidRenewalSettings(
    DueRule due,
    int windowFromDays,
    int windowToDays,
    int keepDaysBefore,
    KeptSlotCap cap,
    ProductCode product,
    int nearestLocations) {

  public EidRenewalSettings {
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(cap, "cap");
    Objects.requireNonNull(product, "product");
    if (keepDaysBefore < 1 || windowFromDays <= keepDaysBefore) {
      throw new IllegalArgumentException(
          "a kept slot lapses at least a day before it, and the window starts after that");
    }
    if (windowToDays < windowFromDays || windowToDays > 366) {
      throw new IllegalArgumentException("the window ends on or after its start, within a year");
    }
    if (nearestLocations < 1) {
      throw new IllegalArgumentException("at least one location near home is tried");
    }
  }

  /** The defaults: 90 days' horizon, 3 to 6 weeks ahead, lapsing 3 days before, 20% of a day. */
  public static EidRenewalSettings defaults() {
    return new EidRenewalSettings(
        new DueRule(DueRule.DEFAULT_HORIZON),
        21,
        42,
        3,
        KeptSlotCap.share(20),
        new ProductCode("eid-application"),
        3);
  }
}
