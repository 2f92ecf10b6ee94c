package be.loketopmaat.application.port.out;

import be.loketopmaat.domain.document.DocumentKind;
import be.loketopmaat.domain.document.DocumentOrder;
import be.loketopmaat.domain.document.DocumentState;
import be.loketopmaat.domain.location.LocationCode;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The identity documents on their road, from the application to the hand-over. */
public interface DocumentOrderStore {

  void insert(DocumentOrder order);

  Optional<DocumentOrder> find(UUID id);

  /**
   * The order, locked until the surrounding transaction ends, so that what is decided about it
   * (booking its pickup) cannot race with another such decision.
   */
  Optional<DocumentOrder> findForUpdate(UUID id);

  /**
   * The document of {@code kind} the federal system that makes it knows under {@code number} (its
   * production number, or BelDrive's application id); one at most per kind and number.
   */
  Optional<DocumentOrder> findByNumber(DocumentKind kind, String number);

  /**
   * Stores the order's new state over {@code expected}, the state it was read in; false when it was
   * changed meanwhile (by another worker or a member of staff), so that no change is lost.
   */
  boolean update(DocumentOrder order, DocumentState expected);

  /**
   * The documents at {@code location} in {@code state}, longest there first, at most {@code limit}.
   */
  List<DocumentOrder> at(LocationCode location, DocumentState state, int limit);

  /** The citizen's orders not yet ended (of any kind), oldest first. */
  List<DocumentOrder> openOf(be.loketopmaat.domain.citizen.NationalNumber insz);

  /** Documents in a safe since before {@code arrivedBefore}, anywhere, oldest first. */
  List<DocumentOrder> arrivedBefore(java.time.LocalDateTime arrivedBefore, int limit);
}
