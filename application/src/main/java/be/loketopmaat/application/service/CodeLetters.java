package be.loketopmaat.application.service;

import be.loketopmaat.application.port.out.CodeRequestStore;
import be.loketopmaat.application.port.out.LocationRepository;
import be.loketopmaat.application.port.out.Notifier;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.application.port.out.federal.DocumentProduction;
import be.loketopmaat.application.port.out.federal.DocumentProduction.CodeOrder;
import be.loketopmaat.application.port.out.federal.DocumentProduction.OrderRefusedException;
import be.loketopmaat.application.port.out.federal.DocumentProduction.ProductionEvent;
import be.loketopmaat.application.port.out.federal.DocumentProduction.ProductionReceipt;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.document.CodeRequest;
import be.loketopmaat.domain.document.CodeRequestState;
import be.loketopmaat.domain.document.DocumentState;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.notification.CodeMessages;
import be.loketopmaat.domain.population.NisCode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The road of a PIN/PUK letter on the card production's side, shared by the outbox worker (which
 * places the order) and the feed follower (which applies its events): each step is applied once, a
 * refusal ends the request with its reason and tells the citizen why, the arrival tells them where
 * to pick the letter up.
 */
public final class CodeLetters {
  private static final Logger LOG = Logger.getLogger(CodeLetters.class.getName());

  private final DocumentProduction production;
  private final CodeRequestStore requests;
  private final Notifier notifier;
  private final LocationRepository locations;
  private final Transactions transactions;
  private final NisCode municipality;
  private final Clock clock;

  public CodeLetters(
      DocumentProduction production,
      CodeRequestStore requests,
      Notifier notifier,
      LocationRepository locations,
      Transactions transactions,
      NisCode municipality,
      Clock clock) {
    this.production = production;
    this.requests = requests;
    this.notifier = notifier;
    this.locations = locations;
    this.transactions = transactions;
    this.municipality = municipality;
    this.clock = clock;
  }

  /**
   * Orders the letter of request {@code id} from the production and applies its answer, with {@code
   * done} (the outbox marking its call done) in the same transaction; false when there is no such
   * request. A production that cannot be reached throws, and nothing is changed.
   */
  public boolean order(UUID id, Runnable done) {
    Optional<CodeRequest> found = requests.find(id);
    if (found.isEmpty()) {
      return false;
    }
    CodeRequest request = found.get();
    if (request.state() != CodeRequestState.REQUESTED) {
      transactions.inTransaction(
          () -> {
            done.run(); // ordered before (an answer lost after it was stored) or ended meanwhile
            return null;
          });
      return true;
    }
    CodeOrder order =
        new CodeOrder(
            request.id(),
            request.citizen().insz(),
            request.citizen().name(),
            municipality,
            request.pickupAt());
    try {
      ProductionReceipt receipt = production.orderCodes(order);
      transactions.inTransaction(
          () -> {
            apply(id, r -> r.ordered(receipt.productionNumber()));
            done.run();
            return null;
          });
    } catch (OrderRefusedException refused) {
      LocalDateTime at = LocalDateTime.now(clock);
      String reason = refused.code() + ": " + refused.getMessage();
      transactions.inTransaction(
          () -> {
            apply(id, r -> r.reported(CodeRequestState.REFUSED, at, reason));
            done.run();
            return null;
          });
    }
    return true;
  }

  /**
   * Applies one event of a codes order from the production's feed, in the caller's transaction. An
   * event of an unknown request, or one the request cannot take (a refusal of a dispatched letter),
   * changes nothing and is logged, so that the feed never stops on it.
   */
  public void apply(ProductionEvent event) {
    Optional<CodeRequestState> reported = codeState(event.state());
    if (reported.isEmpty()) {
      LOG.log(
          Level.WARNING,
          "production event {0} reports {1} for codes order {2}: not a step of a letter",
          new Object[] {event.sequence(), event.state(), event.orderId()});
      return;
    }
    Optional<CodeRequest> found = requests.find(event.orderId());
    if (found.isEmpty()) {
      LOG.log(
          Level.WARNING,
          "production event {0} names an unknown codes request {1}",
          new Object[] {event.sequence(), event.orderId()});
      return;
    }
    CodeRequest before = found.get();
    CodeRequest after;
    try {
      CodeRequest numbered =
          event.productionNumber() == null || before.productionNumber() != null
              ? before
              : before.ordered(event.productionNumber());
      after = numbered.reported(reported.get(), event.at(), event.reason());
    } catch (ConflictException refused) {
      LOG.log(
          Level.WARNING,
          "production event {0} not applied to codes request {1}: {2}",
          new Object[] {event.sequence(), event.orderId(), refused.getMessage()});
      return;
    }
    store(before, after);
  }

  /** The production's states on the road of a letter; it is never IN_PRODUCTION. */
  static Optional<CodeRequestState> codeState(DocumentState state) {
    return switch (state) {
      case ORDERED -> Optional.of(CodeRequestState.ORDERED);
      case DISPATCHED -> Optional.of(CodeRequestState.DISPATCHED);
      case ARRIVED -> Optional.of(CodeRequestState.ARRIVED);
      case REFUSED -> Optional.of(CodeRequestState.REFUSED);
      default -> Optional.empty();
    };
  }

  private void apply(UUID id, UnaryOperator<CodeRequest> step) {
    CodeRequest current =
        requests.find(id).orElseThrow(() -> new IllegalStateException("no codes request " + id));
    if (current.state().isFinal()) {
      return; // ended meanwhile: the answer changes nothing
    }
    store(current, step.apply(current));
  }

  /** Stores the step over the state it was read in, and tells the citizen what concerns them. */
  private void store(CodeRequest before, CodeRequest after) {
    if (after == before) {
      return;
    }
    if (!requests.update(after, before.state())) {
      throw new ConflictException(
          "changed-meanwhile", "the document was changed meanwhile; look at it again");
    }
    LocalDateTime now = LocalDateTime.now(clock);
    if (after.state() == CodeRequestState.ARRIVED) {
      Optional<Location> location = locations.findByCode(after.pickupAt());
      if (location.isEmpty()) {
        LOG.log(
            Level.WARNING, "codes letter {0} arrived at a location no longer known", after.id());
        return;
      }
      notifier.enqueue(
          CodeMessages.arrived(after, location.get()), "codes-arrived:" + after.id(), now);
    } else if (after.state() == CodeRequestState.REFUSED) {
      notifier.enqueue(CodeMessages.refused(after), "codes-refused:" + after.id(), now);
    }
  }
}
