package be.loketopmaat.application.port.out;

import be.loketopmaat.domain.attest.AttestRequest;
import be.loketopmaat.domain.attest.AttestRequestState;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Requests for attests delivered automatically, and the PDFs of the post queue (kept only while
 * they wait to be printed). A change joins the caller's transaction.
 */
public interface AttestRequestStore {

  void insert(AttestRequest request);

  Optional<AttestRequest> find(UUID id);

  /**
   * Stores the request's new state over {@code expected}, the state it was read in; false when it
   * was changed meanwhile. A request that leaves the post queue loses its PDF.
   */
  boolean update(AttestRequest request, AttestRequestState expected);

  /** Keeps the PDF of a request in the post queue until it is printed. */
  void keepForPrint(UUID id, byte[] pdf);

  /** The PDF kept for printing; empty when none is kept (not posted, or printed). */
  Optional<byte[]> printable(UUID id);

  /** The requests in {@code state}, oldest change first, at most {@code limit}. */
  List<AttestRequest> inState(AttestRequestState state, int limit);

  /**
   * Deletes the requests that ended (delivered, printed, resolved) before {@code before}; how many.
   */
  int forgetEndedBefore(LocalDateTime before);
}
