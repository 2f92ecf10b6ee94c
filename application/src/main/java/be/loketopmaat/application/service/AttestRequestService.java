package be.loketopmaat.application.service;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.AttestRequestsUseCase;
import be.loketopmaat.application.port.out.AttestRequestStore;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.application.port.out.federal.FederalOutbox;
import be.loketopmaat.domain.attest.AttestRequest;
import be.loketopmaat.domain.attest.AttestRequestState;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.common.Violations;
import be.loketopmaat.domain.staff.StaffMember;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Takes requests for attests (stored with their delivery call queued, in one transaction; {@link
 * AttestDelivery} sends it) and the staff's work on the post queue and the work queue.
 */
public final class AttestRequestService implements AttestRequestsUseCase {
  private final AttestRequestStore requests;
  private final FederalOutbox outbox;
  private final Transactions transactions;
  private final Duration retention;
  private final Clock clock;

  /**
   * @param retention how long a request is kept after it ended (delivered, printed, resolved)
   */
  public AttestRequestService(
      AttestRequestStore requests,
      FederalOutbox outbox,
      Transactions transactions,
      Duration retention,
      Clock clock) {
    this.requests = requests;
    this.outbox = outbox;
    this.transactions = transactions;
    this.retention = Objects.requireNonNull(retention, "retention");
    this.clock = clock;
  }

  @Override
  public int forgetEnded() {
    return requests.forgetEndedBefore(LocalDateTime.now(clock).minus(retention));
  }

  @Override
  public AttestRequest request(Request request) {
    Objects.requireNonNull(request, "request");
    new Violations()
        .requireNonNull(request.insz(), "insz")
        .requireNonNull(request.model(), "model")
        .requireNonNull(request.language(), "language")
        .requireNonNull(request.channel(), "channel")
        .throwIfAny();
    LocalDateTime now = LocalDateTime.now(clock);
    AttestRequest received =
        AttestRequest.receive(
            request.insz(), request.model(), request.language(), request.channel(), now);
    return transactions.inTransaction(
        () -> {
          requests.insert(received);
          outbox.enqueue(FederalOutbox.Call.DELIVER_ATTEST, received.id(), now);
          return received;
        });
  }

  @Override
  public AttestRequest get(UUID id) {
    Objects.requireNonNull(id, "id");
    return requests
        .find(id)
        .orElseThrow(() -> new NotFoundException("attest request", id.toString()));
  }

  @Override
  public List<AttestRequest> postQueue(int limit) {
    return requests.inState(AttestRequestState.POSTED, checked(limit));
  }

  @Override
  public byte[] printable(UUID id) {
    AttestRequest request = get(id);
    return requests
        .printable(request.id())
        .filter(pdf -> request.state() == AttestRequestState.POSTED)
        .orElseThrow(() -> new NotFoundException("attest to print", id.toString()));
  }

  @Override
  public AttestRequest markPrinted(UUID id, StaffMember by) {
    Objects.requireNonNull(by, "by");
    LocalDateTime now = LocalDateTime.now(clock);
    return change(id, r -> r.printed(by.id(), now));
  }

  @Override
  public List<AttestRequest> workQueue(int limit) {
    return requests.inState(AttestRequestState.REFERRED, checked(limit));
  }

  @Override
  public AttestRequest resolve(UUID id, String note, StaffMember by) {
    Objects.requireNonNull(by, "by");
    LocalDateTime now = LocalDateTime.now(clock);
    return change(id, r -> r.resolved(by.id(), note, now));
  }

  private AttestRequest change(UUID id, UnaryOperator<AttestRequest> step) {
    return transactions.inTransaction(
        () -> {
          AttestRequest current = get(id);
          AttestRequest next = step.apply(current);
          if (!requests.update(next, current.state())) {
            throw new ConflictException(
                "changed-meanwhile", "the request was changed meanwhile; look at it again");
          }
          return next;
        });
  }

  private static int checked(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidInputException("limit", "must be between 1 and {0}", MAX_LIMIT);
    }
    return limit;
  }
}
