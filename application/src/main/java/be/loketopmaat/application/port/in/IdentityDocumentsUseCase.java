package be.loketopmaat.application.port.in;

import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.document.DocumentKind;
import be.loketopmaat.domain.document.DocumentOrder;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.staff.StaffMember;
import java.util.List;
import java.util.UUID;

/**
 * Staff take applications for identity documents and hand the documents out: the application (the
 * capture was taken at the desk or on a home visit) is recorded and its order queued for the card
 * production; the document comes back to the safe of the location the citizen chose. Driving
 * licences are applied for in BelDrive, not here: the city learns of them from its feed, keeps and
 * hands them over the same way.
 */
public interface IdentityDocumentsUseCase {

  /** The application taken at {@code appliedAt}, to be picked up at {@code pickupAt}. */
  record Application(
      DocumentKind kind,
      ProductCode product,
      Citizen citizen,
      LocationCode appliedAt,
      LocationCode pickupAt,
      boolean urgent) {}

  /**
   * Records the application and queues its order, in one transaction.
   *
   * @throws be.loketopmaat.domain.common.InvalidInputException when the product is no document
   *     picked up separately, or the pickup location cannot keep it (no safe, no pickup desk)
   */
  DocumentOrder record(Application application, StaffMember by);

  DocumentOrder get(UUID id);

  /**
   * The document of {@code kind} the federal system that makes it knows under {@code number} (a
   * production number, or BelDrive's application id for a driving licence).
   */
  DocumentOrder byNumber(DocumentKind kind, String number);

  /** What lies in the safe of {@code location}, longest there first. */
  List<DocumentOrder> safe(LocationCode location, int limit);

  /** Hands the document over (the fingerprints matched) and queues its activation. */
  DocumentOrder handOver(UUID id, StaffMember by);

  /** Cancels an order not yet dispatched, for the record's {@code reason}. */
  DocumentOrder cancel(UUID id, String reason, StaffMember by);

  /**
   * Sends back the documents nobody came for within their time in the safe; the number sent back.
   */
  int sendBackUnclaimed();

  int MAX_LIMIT = 500;
}
