package be.loketopmaat.application.port.out;

import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.document.CodeRequest;
import be.loketopmaat.domain.document.CodeRequestState;
import be.loketopmaat.domain.location.LocationCode;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The requests for new PIN/PUK codes on their road, from the desk to the hand-over. */
public interface CodeRequestStore {

  /**
   * Stores a new request, unless its citizen has an open one already (also one stored by a
   * concurrent transaction): then nothing is stored and the answer is false.
   */
  boolean insertIfNoneOpen(CodeRequest request);

  Optional<CodeRequest> find(UUID id);

  /** The citizen's open request, if any (one at most). */
  Optional<CodeRequest> openFor(NationalNumber insz);

  /**
   * Stores the request's new state over {@code expected}, the state it was read in; false when it
   * was changed meanwhile, so that no change is lost.
   */
  boolean update(CodeRequest request, CodeRequestState expected);

  /**
   * The requests at {@code location} in {@code state}, longest there first, at most {@code limit}.
   */
  List<CodeRequest> at(LocationCode location, CodeRequestState state, int limit);
}
