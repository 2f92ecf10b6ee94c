package be.loketopmaat.domain.renewal;

import be.loketopmaat.domain.common.Violations;
import java.time.LocalDate;
import java.time.Period;

/**
 * Who is due for a summons: a card that is still valid on the day of the run and runs out within
 * the horizon (by default 90 days). A card that has run out already is no summons' business: its
 * holder has had one, or must come by themselves.
 */
public record DueRule(Period horizon) {
  public static final Period DEFAULT_HORIZON = Period.ofDays(90);

  public DueRule {
    new Violations()
        .require(
            horizon != null && !horizon.isNegative() && !horizon.isZero(),
            "horizon",
            "must be at least one day")
        .throwIfAny();
  }

  /** The last day of validity a card due on {@code today} may have. */
  public LocalDate lastDue(LocalDate today) {
    return today.plus(horizon);
  }

  public boolean isDue(ExpiringCard card, LocalDate today) {
    return !card.validUntil().isBefore(today) && !card.validUntil().isAfter(lastDue(today));
  }
}
