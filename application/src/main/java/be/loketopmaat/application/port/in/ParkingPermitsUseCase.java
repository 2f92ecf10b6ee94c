package be.loketopmaat.application.port.in;

import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.location.Address;
import be.loketopmaat.domain.parking.InvitationReason;
import be.loketopmaat.domain.parking.LicencePlate;
import be.loketopmaat.domain.parking.ParkingPermit;
import be.loketopmaat.domain.parking.RenewalDecision;
import be.loketopmaat.domain.parking.RenewalOutcome;
import be.loketopmaat.domain.staff.StaffMember;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Resident parking permits renewed automatically: staff register (or import) the permits; a run for
 * a day decides on every active permit that ends within the horizon: renewed for another period
 * when the population register shows the holder at the same address with the same household,
 * otherwise the holder is invited to apply, with the reason. A run decides once per permit and
 * period, however often it runs; every decision is recorded, every register read too.
 */
public interface ParkingPermitsUseCase {

  /** A permit as granted: to whom, for which address, household and vehicle, where, how long. */
  record NewPermit(
      Citizen holder,
      Address address,
      List<NationalNumber> household,
      LicencePlate plate,
      String zone,
      LocalDate validFrom,
      LocalDate validUntil) {}

  /**
   * What one run decided. {@code skipped}: permits the register refused to answer for (left for the
   * next run). {@code complete} is false when the register went down: the run stopped, what it
   * decided is kept, and the next run goes on from there ({@code stoppedBecause} says why).
   */
  record RunSummary(
      LocalDate date,
      LocalDate horizonEnd,
      int renewed,
      int invited,
      Map<InvitationReason, Integer> invitedBy,
      int skipped,
      boolean complete,
      String stoppedBecause) {}

  /**
   * Records a permit, ACTIVE.
   *
   * @throws be.loketopmaat.domain.common.InvalidInputException for a permit the rules refuse (a
   *     holder who cannot be reached, an end before the start...)
   */
  ParkingPermit register(NewPermit permit, StaffMember by);

  ParkingPermit get(UUID id);

  /**
   * Decides on the permits ending by {@code date} plus the horizon that were not decided on yet.
   *
   * @param by who started the run: a member of staff, or the schedule
   * @throws be.loketopmaat.domain.common.ConflictException while a run is under way already
   */
  RunSummary renew(LocalDate date, String by);

  /**
   * The decisions of the runs for {@code runDate}, of one outcome or (null) both, in the order they
   * were made, at most {@code limit}.
   */
  List<RenewalDecision> decisions(LocalDate runDate, RenewalOutcome outcome, int limit);

  int MAX_LIMIT = 1000;
}
