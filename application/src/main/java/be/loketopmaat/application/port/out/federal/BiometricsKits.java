package be.loketopmaat.application.port.out.federal;

import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.document.DocumentKind;
import be.loketopmaat.domain.homevisit.HomeVisitPurpose;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * The mobile biometrics kits (FOD Binnenlandse Zaken), reached through their sync service: the city
 * loads each planned visit onto its team's kit, and reads back what the kits reported. A kit works
 * without a network at the citizen's door; what it captured reaches the sync service, and so the
 * city, once it is back online. The photo, fingerprints and signature themselves go from the kit to
 * the card production, as from a capture station at a desk: the city learns that they were taken.
 * Times are the city's local date-times.
 *
 * @throws SystemUnavailableException when the sync service cannot be reached or fails
 */
public interface BiometricsKits {

  /** Puts the visit on the kit's list (again: nothing changes). */
  void load(KitVisit visit);

  /** Takes the visit off the kit's list (a visit it does not have: nothing changes). */
  void unload(String kit, UUID visitId);

  /**
   * What the kits reported after {@code cursor} (0 for the beginning), oldest first, at most {@code
   * limit}; the answer's cursor is where to ask next.
   */
  KitReports reportsAfter(long cursor, int limit);

  /**
   * A visit as the kit shows it to the team: whom to see, what to take; a delivery names the
   * document's production number, which the kit checks against the card.
   */
  record KitVisit(
      UUID visitId,
      String kit,
      LocalDate day,
      LocalTime start,
      HomeVisitPurpose purpose,
      DocumentKind kind,
      NationalNumber insz,
      String name,
      String productionNumber) {}

  /** What a kit did about a visit. */
  enum Outcome {
    /** Photo, signature and, where due, fingerprints were taken. */
    CAPTURED,
    /** The fingerprints matched the card's holder, and the card was handed over. */
    HANDED_OVER,
    /** The visit could not be done; {@code reason} says why. */
    NOT_DONE
  }

  /** One report, as the kit made it at the door ({@code at}), by {@code operator}. */
  record KitReport(
      long sequence,
      UUID visitId,
      String kit,
      Outcome outcome,
      LocalDateTime at,
      String operator,
      boolean fingerprints,
      String reason) {}

  record KitReports(List<KitReport> reports, long cursor) {}
}
