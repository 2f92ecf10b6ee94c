package be.loketopmaat.application.service;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.PinCodesUseCase;
import be.loketopmaat.application.port.out.CodeRequestStore;
import be.loketopmaat.application.port.out.DocumentOrderStore;
import be.loketopmaat.application.port.out.LocationRepository;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.application.port.out.federal.FederalOutbox;
import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.document.CodeRequest;
import be.loketopmaat.domain.document.CodeRequestState;
import be.loketopmaat.domain.document.DocumentOrder;
import be.loketopmaat.domain.document.FederalSystem;
import be.loketopmaat.domain.location.DeskCapability;
import be.loketopmaat.domain.location.Facility;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.staff.StaffMember;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Requests for new PIN/PUK codes at the desk: the city refuses one itself while the citizen has an
 * open request or a card with a chip on its way; otherwise the request is recorded with its order
 * to the card production queued in the same transaction. The production's answers and feed move it
 * on ({@link CodeLetters}).
 */
public final class PinCodeService implements PinCodesUseCase {
  private final CodeRequestStore requests;
  private final DocumentOrderStore documents;
  private final FederalOutbox outbox;
  private final LocationRepository locations;
  private final Transactions transactions;
  private final Clock clock;

  public PinCodeService(
      CodeRequestStore requests,
      DocumentOrderStore documents,
      FederalOutbox outbox,
      LocationRepository locations,
      Transactions transactions,
      Clock clock) {
    this.requests = requests;
    this.documents = documents;
    this.outbox = outbox;
    this.locations = locations;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public CodeRequest request(Request request, StaffMember by) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(by, "by");
    Citizen citizen = request.citizen();
    if (citizen == null || !citizen.canBeReached()) {
      throw new InvalidInputException(
          "citizen.email", "give an e-mail address or a phone number, or both");
    }
    Location pickup = location(request.pickupAt());
    if (!keepsLetters(pickup)) {
      throw new InvalidInputException(
          "pickupAt",
          "{0} cannot keep PIN/PUK letters for pickup (it needs a safe and a pickup desk)",
          pickup.code());
    }
    requireNoneOpen(citizen);
    Optional<DocumentOrder> card =
        documents.openOf(citizen.insz()).stream()
            .filter(o -> o.kind().carriesCodes() && o.kind().madeBy() == FederalSystem.BELPIC)
            .findFirst();
    if (card.isPresent()) {
      throw new ConflictException(
          "card-order-pending",
          "a new card ({0}) is on its way to this citizen (it is {1}) and comes with PIN/PUK codes of"
              + " its own; new codes can be asked for once it is handed over",
          card.get().kind(),
          card.get().state());
    }
    LocalDateTime now = LocalDateTime.now(clock);
    CodeRequest created = CodeRequest.request(citizen, pickup.code(), by.id(), now);
    return transactions.inTransaction(
        () -> {
          if (!requests.insertIfNoneOpen(created)) {
            requireNoneOpen(citizen); // taken meanwhile by another desk
            throw new IllegalStateException("the request was not stored, yet none is open");
          }
          outbox.enqueue(FederalOutbox.Call.ORDER_CODES, created.id(), now);
          return created;
        });
  }

  private void requireNoneOpen(Citizen citizen) {
    Optional<CodeRequest> open = requests.openFor(citizen.insz());
    if (open.isPresent()) {
      throw new ConflictException(
          "codes-request-open",
          "this citizen asked for new PIN/PUK codes on {0} already; that request is {1}",
          open.get().requestedAt().toLocalDate(),
          open.get().state());
    }
  }

  /** A location that keeps documents for pickup: a safe, a pickup desk, and a staffed counter. */
  static boolean keepsLetters(Location location) {
    return location.has(Facility.SAFE)
        && location.hasDeskFor(DeskCapability.PICKUP)
        && (location.type().serves(Channel.WALK_IN)
            || location.type().serves(Channel.COUNTER_APPOINTMENT));
  }

  @Override
  public CodeRequest get(UUID id) {
    Objects.requireNonNull(id, "id");
    return requests
        .find(id)
        .orElseThrow(() -> new NotFoundException("PIN/PUK request", id.toString()));
  }

  @Override
  public List<CodeRequest> waiting(LocationCode location, int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidInputException("limit", "must be between 1 and {0}", MAX_LIMIT);
    }
    location(location);
    return requests.at(location, CodeRequestState.ARRIVED, limit);
  }

  @Override
  public CodeRequest handOver(UUID id, StaffMember by) {
    Objects.requireNonNull(by, "by");
    LocalDateTime now = LocalDateTime.now(clock);
    return transactions.inTransaction(
        () -> {
          CodeRequest current = get(id);
          CodeRequest handed = current.handOver(now);
          if (!requests.update(handed, current.state())) {
            throw new ConflictException(
                "changed-meanwhile", "the document was changed meanwhile; look at it again");
          }
          return handed;
        });
  }

  private Location location(LocationCode code) {
    Objects.requireNonNull(code, "pickupAt");
    return locations
        .findByCode(code)
        .orElseThrow(() -> new NotFoundException("location", code.value()));
  }
}
