package be.loketopmaat.application.port.in;

import be.loketopmaat.application.port.out.federal.FederalOutbox;
import java.util.List;

/**
 * Staff see what the city still owes the federal systems, what went out, and what was given up on,
 * and send a failed call again once its cause is fixed (a wrong partner key, a long outage).
 */
public interface FederalCallsUseCase {
  int MAX_LIMIT = 500;

  /** The calls in {@code status}, oldest first. */
  List<FederalOutbox.Entry> list(FederalOutbox.Status status, int limit);

  /** Sends a failed call again; false when {@code id} is no failed call. */
  boolean retry(long id);
}
