package be.loketopmaat.application.port.in;

import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.document.CodeRequest;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.staff.StaffMember;
import java.util.List;
import java.util.UUID;

/**
 * Staff take requests for new PIN/PUK codes for a citizen's current chip card: the codes letter is
 * ordered from the card production, reaches the location the citizen chose in about three weeks,
 * the citizen is told, and staff hand it over. A request is refused, with the reason, while the
 * citizen has one open already or a new card is on its way (the city sees that itself), and while
 * an address change is pending or there is no active card (the production says so).
 */
public interface PinCodesUseCase {

  /** The citizen asks for new codes, to be picked up at {@code pickupAt}. */
  record Request(Citizen citizen, LocationCode pickupAt) {}

  /**
   * Records the request and queues its order to the card production, in one transaction.
   *
   * @throws be.loketopmaat.domain.common.ConflictException when the citizen has an open request
   *     already, or a card with a chip is on its way to them
   * @throws be.loketopmaat.domain.common.InvalidInputException when the citizen cannot be reached
   *     or the location cannot keep the letter (no safe, no pickup desk)
   */
  CodeRequest request(Request request, StaffMember by);

  CodeRequest get(UUID id);

  /**
   * The letters that arrived at {@code location}, waiting for their holders, longest there first.
   */
  List<CodeRequest> waiting(LocationCode location, int limit);

  /** Hands the letter over to its holder, once it arrived. */
  CodeRequest handOver(UUID id, StaffMember by);

  int MAX_LIMIT = 500;
}
