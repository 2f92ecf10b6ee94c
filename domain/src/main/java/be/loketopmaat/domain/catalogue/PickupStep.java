package be.loketopmaat.domain.catalogue;

import be.loketopmaat.domain.common.LocalizedText;
import be.loketopmaat.domain.common.Violations;
import be.loketopmaat.domain.location.Facility;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * The separate step of collecting a document made elsewhere (an eID card, a driving licence), with
 * its own requirements: a safe, typically, and a desk that handles pickups.
 */
public record PickupStep(
    Duration deskDuration,
    Set<Facility> requiredFacilities,
    boolean appointmentRequired,
    LocalizedText note) {
  public PickupStep {
    new Violations()
        .requireNonNull(deskDuration, "deskDuration")
        .requireNoNulls(requiredFacilities, "requiredFacilities")
        .require(
            deskDuration == null
                || (deskDuration.toMinutes() >= 1 && deskDuration.toMinutes() <= 240),
            "deskDuration",
            "must be between 1 and 240 minutes")
        .throwIfAny();
    requiredFacilities =
        requiredFacilities == null || requiredFacilities.isEmpty()
            ? Set.of()
            : Set.copyOf(EnumSet.copyOf(requiredFacilities));
  }
}
