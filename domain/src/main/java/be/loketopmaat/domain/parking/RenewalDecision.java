package be.loketopmaat.domain.parking;

import be.loketopmaat.domain.common.Violations;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * What a renewal run decided for one permit and one period: renewed (until {@code renewedUntil}),
 * or its holder invited to apply, with the reason. One decision per permit and period, the period
 * being known by its end ({@code periodEnd}): running again for the same period decides nothing
 * twice.
 *
 * @param runDate the day the run was for
 */
public record RenewalDecision(
    UUID permit,
    LocalDate periodEnd,
    RenewalOutcome outcome,
    InvitationReason reason,
    LocalDate renewedUntil,
    LocalDate runDate,
    String decidedBy,
    LocalDateTime decidedAt) {

  public RenewalDecision {
    new Violations()
        .requireNonNull(permit, "permit")
        .requireNonNull(periodEnd, "periodEnd")
        .requireNonNull(outcome, "outcome")
        .require(
            (outcome == RenewalOutcome.INVITED) == (reason != null),
            "reason",
            "is given for an invitation, and only then")
        .require(
            (outcome == RenewalOutcome.RENEWED) == (renewedUntil != null),
            "renewedUntil",
            "is given for a renewal, and only then")
        .requireNonNull(runDate, "runDate")
        .requireText(decidedBy, "decidedBy", 200)
        .requireNonNull(decidedAt, "decidedAt")
        .throwIfAny();
  }

  /** The permit as this decision leaves it. */
  public ParkingPermit applyTo(ParkingPermit current) {
    if (!current.id().equals(permit) || !current.validUntil().equals(periodEnd)) {
      throw new IllegalArgumentException("the decision is about another permit or period");
    }
    return outcome == RenewalOutcome.RENEWED ? current.renewed() : current.invited();
  }
}
