package be.loketopmaat.domain.appointment;

import be.loketopmaat.domain.common.Violations;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * When a product can be booked: not sooner than the lead time from now (the desk must be able to
 * prepare), not further ahead than a number of days (so that a calendar cannot be hoarded).
 */
public record BookingWindow(Duration leadTime, int daysAhead) {
  public BookingWindow {
    new Violations()
        .require(leadTime != null && !leadTime.isNegative(), "leadTime", "must be zero or more")
        .require(daysAhead >= 1 && daysAhead <= 366, "daysAhead", "must be between 1 and 366")
        .throwIfAny();
  }

  public LocalDateTime earliestStart(LocalDateTime now) {
    return now.plus(leadTime);
  }

  public LocalDate lastDay(LocalDateTime now) {
    return now.toLocalDate().plusDays(daysAhead);
  }

  /**
   * The window that fits every one of several products: the longest lead time, the shortest reach.
   */
  public BookingWindow narrowest(BookingWindow other) {
    return new BookingWindow(
        leadTime.compareTo(other.leadTime) >= 0 ? leadTime : other.leadTime,
        Math.min(daysAhead, other.daysAhead));
  }
}
