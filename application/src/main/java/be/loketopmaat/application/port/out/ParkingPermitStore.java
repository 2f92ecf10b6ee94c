package be.loketopmaat.application.port.out;

import be.loketopmaat.domain.parking.ParkingPermit;
import be.loketopmaat.domain.parking.RenewalDecision;
import be.loketopmaat.domain.parking.RenewalOutcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Resident parking permits and the renewal runs' decisions on them; changes join a transaction. */
public interface ParkingPermitStore {

  /** Stores new permits (an import stores many at once). */
  void insert(List<ParkingPermit> permits);

  Optional<ParkingPermit> find(UUID id);

  /**
   * The ACTIVE permits ending on or before {@code horizonEnd} whose id comes after {@code after}
   * (null: from the first), by id, at most {@code limit}.
   */
  List<ParkingPermit> due(LocalDate horizonEnd, UUID after, int limit);

  /**
   * Records the decision, unless one for its permit and period exists (also one recorded by a
   * concurrent run): then nothing is recorded and the answer is false.
   */
  boolean recordDecision(RenewalDecision decision);

  /**
   * Stores the permit's new period or state over the period it was read with ({@code
   * expectedUntil}, ACTIVE); false when it changed meanwhile.
   */
  boolean update(ParkingPermit permit, LocalDate expectedUntil);

  /**
   * Deletes the permits that ended before {@code day}, with their decisions (the retention: a year
   * after its end a permit is no renewal's business); how many.
   */
  int deleteEndedBefore(LocalDate day);

  /** The decisions of the runs for {@code runDate}, of one outcome or (null) both, in order. */
  List<RenewalDecision> decisions(LocalDate runDate, RenewalOutcome outcome, int limit);
}
