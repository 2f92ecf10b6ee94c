package be.loketopmaat.application.service;

import be.loketopmaat.application.port.in.FederalCallsUseCase;
import be.loketopmaat.application.port.in.FederalSyncUseCase;
import be.loketopmaat.application.port.out.DocumentOrderStore;
import be.loketopmaat.application.port.out.LocationRepository;
import be.loketopmaat.application.port.out.Notifier;
import be.loketopmaat.application.port.out.ProductRepository;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.application.port.out.federal.Backoff;
import be.loketopmaat.application.port.out.federal.DocumentProduction;
import be.loketopmaat.application.port.out.federal.DocumentProduction.OrderRefusedException;
import be.loketopmaat.application.port.out.federal.DocumentProduction.ProductionEvent;
import be.loketopmaat.application.port.out.federal.DocumentProduction.ProductionEvents;
import be.loketopmaat.application.port.out.federal.DocumentProduction.ProductionOrder;
import be.loketopmaat.application.port.out.federal.DocumentProduction.ProductionReceipt;
import be.loketopmaat.application.port.out.federal.DrivingLicenceRegister;
import be.loketopmaat.application.port.out.federal.DrivingLicenceRegister.ApplicationRefusedException;
import be.loketopmaat.application.port.out.federal.DrivingLicenceRegister.LicenceEvent;
import be.loketopmaat.application.port.out.federal.DrivingLicenceRegister.LicenceEvents;
import be.loketopmaat.application.port.out.federal.DrivingLicenceRegister.LicenceState;
import be.loketopmaat.application.port.out.federal.FederalOutbox;
import be.loketopmaat.application.port.out.federal.FeedPositions;
import be.loketopmaat.application.port.out.federal.SystemNotAskedException;
import be.loketopmaat.domain.catalogue.Product;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.common.LocalizedText;
import be.loketopmaat.domain.document.DocumentKind;
import be.loketopmaat.domain.document.DocumentOrder;
import be.loketopmaat.domain.document.DocumentState;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.notification.DocumentMessages;
import be.loketopmaat.domain.population.NisCode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Works the city's traffic with the card production and BelDrive: sends the queued orders,
 * activations and delivery reports (each call's subject is its idempotency key, so a call sent
 * twice has one effect), and applies the production's and BelDrive's events once each, in the
 * transaction that moves the feed's position on. A system that is down gets its calls again later,
 * by the {@link Backoff}; only after {@code maxAttempts} is a call given up on and shown to staff
 * as failed.
 */
public final class FederalSync implements FederalSyncUseCase, FederalCallsUseCase {
  static final String PRODUCTION_FEED = "document-production";
  static final String LICENCE_FEED = "driving-licences";

  /** The catalogue's product for a driving licence, unless the settings name another. */
  public static final ProductCode DRIVING_LICENCE_PRODUCT = new ProductCode("driving-licence");

  private static final Logger LOG = Logger.getLogger(FederalSync.class.getName());

  private final DocumentProduction production;
  private final DrivingLicenceRegister register;
  private final FederalOutbox outbox;
  private final DocumentOrderStore orders;
  private final FeedPositions positions;
  private final Notifier notifier;
  private final ProductRepository products;
  private final LocationRepository locations;
  private final Transactions transactions;
  private final Backoff backoff;
  private final Settings settings;
  private final ManagementLinks links;
  private final Clock clock;
  private final Consumer<ProductionEvent> codesEvents;
  private final Map<FederalOutbox.Call, OutboxCallSender> senders =
      new EnumMap<>(FederalOutbox.Call.class);

  /** The threads that send a batch's subjects at once; made on the first batch that needs them. */
  private java.util.concurrent.ExecutorService pool;

  /** The calls about document orders, which this class sends itself. */
  private static final Set<FederalOutbox.Call> DOCUMENT_CALLS =
      EnumSet.of(
          FederalOutbox.Call.ORDER_DOCUMENT,
          FederalOutbox.Call.ACTIVATE_DOCUMENT,
          FederalOutbox.Call.REPORT_DELIVERED,
          FederalOutbox.Call.RETURN_DOCUMENT);

  /**
   * @param municipality the city as the production knows it
   * @param batchSize how many calls one round claims, and how many events it reads
   * @param lease how long a claimed call is kept from other workers
   * @param maxAttempts after how many failures a call is given up on
   * @param drivingLicence the catalogue's product a driving licence from BelDrive is
   * @param parallelism how many subjects' calls of one batch are sent at once (the calls about one
   *     subject always one after another, in the order claimed)
   */
  public record Settings(
      NisCode municipality,
      int batchSize,
      java.time.Duration lease,
      int maxAttempts,
      ProductCode drivingLicence,
      int parallelism) {
    public Settings {
      if (batchSize < 1 || maxAttempts < 1 || parallelism < 1) {
        throw new IllegalArgumentException(
            "batchSize, maxAttempts and parallelism must be at least 1");
      }
      java.util.Objects.requireNonNull(drivingLicence, "drivingLicence");
    }

    /** One call at a time. */
    public Settings(
        NisCode municipality,
        int batchSize,
        java.time.Duration lease,
        int maxAttempts,
        ProductCode drivingLicence) {
      this(municipality, batchSize, lease, maxAttempts, drivingLicence, 1);
    }

    /** With the catalogue's {@link #DRIVING_LICENCE_PRODUCT}. */
    public Settings(
        NisCode municipality, int batchSize, java.time.Duration lease, int maxAttempts) {
      this(municipality, batchSize, lease, maxAttempts, DRIVING_LICENCE_PRODUCT);
    }
  }

  public FederalSync(
      DocumentProduction production,
      DrivingLicenceRegister register,
      FederalOutbox outbox,
      DocumentOrderStore orders,
      FeedPositions positions,
      Notifier notifier,
      ProductRepository products,
      LocationRepository locations,
      Transactions transactions,
      Backoff backoff,
      Settings settings,
      Clock clock,
      ManagementLinks links,
      List<OutboxCallSender> otherSenders) {
    this(
        production,
        register,
        outbox,
        orders,
        positions,
        notifier,
        products,
        locations,
        transactions,
        backoff,
        settings,
        clock,
        links,
        otherSenders,
        event ->
            LOG.log(
                Level.WARNING,
                "production event {0} of codes order {1}: nothing here follows codes orders",
                new Object[] {event.sequence(), event.orderId()}));
  }

  /**
   * @param codesEvents applies the events of codes orders (PIN/PUK letters), which come on the
   *     production's feed too, in the transaction that moves the feed on
   */
  public FederalSync(
      DocumentProduction production,
      DrivingLicenceRegister register,
      FederalOutbox outbox,
      DocumentOrderStore orders,
      FeedPositions positions,
      Notifier notifier,
      ProductRepository products,
      LocationRepository locations,
      Transactions transactions,
      Backoff backoff,
      Settings settings,
      Clock clock,
      ManagementLinks links,
      List<OutboxCallSender> otherSenders,
      Consumer<ProductionEvent> codesEvents) {
    this.codesEvents = java.util.Objects.requireNonNull(codesEvents, "codesEvents");
    this.links = links;
    for (OutboxCallSender sender : otherSenders) {
      for (FederalOutbox.Call call : sender.calls()) {
        if (DOCUMENT_CALLS.contains(call) || senders.putIfAbsent(call, sender) != null) {
          throw new IllegalArgumentException("two senders for " + call);
        }
      }
    }
    this.production = production;
    this.register = register;
    this.outbox = outbox;
    this.orders = orders;
    this.positions = positions;
    this.notifier = notifier;
    this.products = products;
    this.locations = locations;
    this.transactions = transactions;
    this.backoff = backoff;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public int sendDue() {
    LocalDateTime now = LocalDateTime.now(clock);
    List<FederalOutbox.Entry> claimed =
        outbox.claimDue(now, now.plus(settings.lease()), settings.batchSize());
    Map<java.util.UUID, List<FederalOutbox.Entry>> bySubject = new java.util.LinkedHashMap<>();
    for (FederalOutbox.Entry entry : claimed) {
      bySubject.computeIfAbsent(entry.subject(), s -> new java.util.ArrayList<>()).add(entry);
    }
    if (settings.parallelism() == 1 || bySubject.size() == 1) {
      claimed.forEach(this::send);
    } else {
      sendAtOnce(bySubject.values());
    }
    return claimed.size();
  }

  /**
   * Each subject's calls, one after another, on {@link Settings#parallelism} threads; back when all
   * were sent. A partner's latency is then waited out once per round of threads, not once per call
   * (the benchmark's attests: 500 sent in 10.5 s one at a time, 7.5 s on four threads).
   */
  private void sendAtOnce(java.util.Collection<List<FederalOutbox.Entry>> subjects) {
    List<java.util.concurrent.Callable<Void>> tasks = new java.util.ArrayList<>();
    for (List<FederalOutbox.Entry> calls : subjects) {
      tasks.add(
          () -> {
            calls.forEach(this::send);
            return null;
          });
    }
    try {
      for (java.util.concurrent.Future<Void> sent : senderPool().invokeAll(tasks)) {
        sent.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (java.util.concurrent.ExecutionException e) {
      // send() keeps every failure of a call in the outbox; what comes here is a defect.
      throw new IllegalStateException("sending a federal call failed", e.getCause());
    }
  }

  private synchronized java.util.concurrent.ExecutorService senderPool() {
    if (pool == null) {
      java.util.concurrent.atomic.AtomicInteger threads =
          new java.util.concurrent.atomic.AtomicInteger();
      pool =
          java.util.concurrent.Executors.newFixedThreadPool(
              settings.parallelism(),
              task -> {
                Thread thread = new Thread(task, "federal-sender-" + threads.incrementAndGet());
                thread.setDaemon(true);
                return thread;
              });
    }
    return pool;
  }

  private void send(FederalOutbox.Entry entry) {
    int attempts = entry.attempts() + 1;
    try {
      if (DOCUMENT_CALLS.contains(entry.call())) {
        sendAboutDocument(entry, attempts);
      } else if (senders.containsKey(entry.call())) {
        senders.get(entry.call()).send(entry, attempts);
      } else {
        throw new OutboxCallSender.Undeliverable("nothing here sends " + entry.call());
      }
    } catch (OutboxCallSender.Undeliverable undeliverable) {
      outbox.markDead(entry.id(), attempts, undeliverable.getMessage());
    } catch (ApplicationRefusedException refused) {
      // BelDrive will not take the report (it knows no such application, or the card is not
      // ready there): asking again changes nothing, so staff see it as failed, with the reason.
      outbox.markDead(entry.id(), attempts, refused.code() + ": " + refused.getMessage());
    } catch (OrderRefusedException refused) {
      // The production will not activate this card (it knows no such number, or it was never
      // delivered): asking again changes nothing, so staff see it as failed, with the reason.
      outbox.markDead(entry.id(), attempts, refused.code() + ": " + refused.getMessage());
    } catch (SystemNotAskedException notAsked) {
      // The system's circuit is open: it was not asked, so this is no attempt, and the call waits
      // until the circuit lets calls through again (not the longer backoff of real failures).
      outbox.markRetry(
          entry.id(),
          entry.attempts(),
          LocalDateTime.now(clock).plus(notAsked.retryAfter()),
          "not asked: " + notAsked.getMessage());
    } catch (RuntimeException e) {
      // Unavailable, or an answer off the contract: the call stays, tried again later.
      String error = e.getClass().getSimpleName() + ": " + e.getMessage();
      if (attempts >= settings.maxAttempts()) {
        LOG.log(
            Level.WARNING,
            "federal call {0} given up after {1} attempts: {2}",
            new Object[] {entry.id(), attempts, error});
        outbox.markDead(entry.id(), attempts, error);
      } else {
        outbox.markRetry(
            entry.id(),
            attempts,
            LocalDateTime.now(clock).plus(backoff.delayAfter(attempts)),
            error);
      }
    }
  }

  private void sendAboutDocument(FederalOutbox.Entry entry, int attempts) {
    DocumentOrder order =
        orders
            .find(entry.subject())
            .orElseThrow(
                () -> new OutboxCallSender.Undeliverable("no document order " + entry.subject()));
    switch (entry.call()) {
      case ORDER_DOCUMENT -> placeOrder(entry, attempts, order);
      case ACTIVATE_DOCUMENT -> {
        production.activate(order.productionNumber());
        outbox.markDone(entry.id(), attempts);
      }
      case RETURN_DOCUMENT -> {
        production.returned(order.productionNumber());
        outbox.markDone(entry.id(), attempts);
      }
      case REPORT_DELIVERED -> {
        register.delivered(order.productionNumber(), order.endedAt());
        outbox.markDone(entry.id(), attempts);
      }
      default -> throw new IllegalStateException("not a document call: " + entry.call());
    }
  }

  private void placeOrder(FederalOutbox.Entry entry, int attempts, DocumentOrder order) {
    if (order.state() == DocumentState.CANCELLED) {
      outbox.markDone(entry.id(), attempts); // cancelled before it went out: nothing to order
      return;
    }
    ProductionOrder request =
        new ProductionOrder(
            order.id(),
            order.kind(),
            order.citizen().insz(),
            order.citizen().name(),
            settings.municipality(),
            order.pickupAt(),
            order.urgent());
    try {
      ProductionReceipt receipt = production.order(request);
      transactions.inTransaction(
          () -> {
            apply(order.id(), o -> o.ordered(receipt.productionNumber()));
            outbox.markDone(entry.id(), attempts);
            return null;
          });
    } catch (OrderRefusedException refused) {
      LocalDateTime at = LocalDateTime.now(clock);
      transactions.inTransaction(
          () -> {
            apply(
                order.id(),
                o ->
                    o.reported(
                        DocumentState.REFUSED, at, refused.code() + ": " + refused.getMessage()));
            outbox.markDone(entry.id(), attempts);
            return null;
          });
    }
  }

  @Override
  public List<FederalOutbox.Entry> list(FederalOutbox.Status status, int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidInputException("limit", "must be between 1 and {0}", MAX_LIMIT);
    }
    return outbox.list(java.util.Objects.requireNonNull(status, "status"), limit);
  }

  @Override
  public boolean retry(long id) {
    return outbox.retry(id, LocalDateTime.now(clock));
  }

  @Override
  public int followProduction() {
    long from = positions.position(PRODUCTION_FEED);
    ProductionEvents page = production.eventsAfter(from, settings.batchSize());
    if (page.events().isEmpty() && page.cursor() == from) {
      return 0;
    }
    transactions.inTransaction(
        () -> {
          for (ProductionEvent event : page.events()) {
            applyEvent(event);
          }
          positions.advance(PRODUCTION_FEED, Math.max(from, page.cursor()));
          return null;
        });
    return page.events().size();
  }

  @Override
  public int followDrivingLicences() {
    long from = positions.position(LICENCE_FEED);
    LicenceEvents page = register.eventsAfter(from, settings.batchSize());
    if (page.events().isEmpty() && page.cursor() == from) {
      return 0;
    }
    transactions.inTransaction(
        () -> {
          for (LicenceEvent event : page.events()) {
            applyLicenceEvent(event);
          }
          positions.advance(LICENCE_FEED, Math.max(from, page.cursor()));
          return null;
        });
    return page.events().size();
  }

  /** BelDrive's states on the road of a document. */
  static DocumentState documentState(LicenceState state) {
    return switch (state) {
      case SUBMITTED -> DocumentState.RECORDED;
      case ACCEPTED -> DocumentState.ORDERED;
      case IN_PRODUCTION -> DocumentState.IN_PRODUCTION;
      case READY_FOR_PICKUP -> DocumentState.ARRIVED;
      case DELIVERED -> DocumentState.HANDED_OVER;
      case REFUSED -> DocumentState.REFUSED;
      case CANCELLED -> DocumentState.CANCELLED;
    };
  }

  /**
   * Applies one event of BelDrive's feed. Its first event with a delivery point creates the order;
   * an event naming a delivery point the city does not know, or one the order cannot take (a state
   * going backwards, a refusal of a card in the safe), changes nothing and is logged, so that the
   * feed never stops on it.
   */
  private void applyLicenceEvent(LicenceEvent event) {
    DocumentState reported = documentState(event.state());
    if (event.deliveryPoint() != null && locations.findByCode(event.deliveryPoint()).isEmpty()) {
      LOG.log(
          Level.WARNING,
          "driving-licence event {0} of {1} names an unknown delivery point {2}: not applied",
          new Object[] {event.sequence(), event.applicationId(), event.deliveryPoint()});
      return;
    }
    Optional<DocumentOrder> found =
        orders.findByNumber(DocumentKind.DRIVING_LICENCE, event.applicationId());
    if (found.isEmpty()) {
      if (event.deliveryPoint() == null) {
        LOG.log(
            Level.INFO,
            "driving-licence event {0} of {1} names no delivery point yet: waiting for one",
            new Object[] {event.sequence(), event.applicationId()});
        return;
      }
      DocumentOrder created;
      try {
        created =
            DocumentOrder.appliedElsewhere(
                    DocumentKind.DRIVING_LICENCE,
                    settings.drivingLicence(),
                    holder(event),
                    event.deliveryPoint(),
                    event.applicationId(),
                    event.at())
                .reportedByRegister(reported, event.at(), event.reason());
      } catch (ConflictException | InvalidInputException refused) {
        LOG.log(
            Level.WARNING,
            "driving-licence event {0} of {1} not applied: {2}",
            new Object[] {event.sequence(), event.applicationId(), refused.getMessage()});
        return;
      }
      orders.insert(created);
      if (created.state() == DocumentState.ARRIVED) {
        tellArrived(created);
      }
      return;
    }
    DocumentOrder before = found.get();
    DocumentOrder after;
    try {
      after = before.reportedByRegister(reported, event.at(), event.reason());
    } catch (ConflictException refused) {
      LOG.log(
          Level.WARNING,
          "driving-licence event {0} not applied to {1}: {2}",
          new Object[] {event.sequence(), event.applicationId(), refused.getMessage()});
      return;
    }
    if (after == before) {
      if (reported != before.state()) {
        LOG.log(
            Level.WARNING,
            "driving-licence event {0} reports {1} for {2}, which is already {3}: not applied",
            new Object[] {event.sequence(), reported, event.applicationId(), before.state()});
      }
      return;
    }
    if (!orders.update(after, before.state())) {
      throw new ConflictException(
          "changed-meanwhile", "document order {0} changed while an event was applied", after.id());
    }
    if (after.state() == DocumentState.ARRIVED) {
      tellArrived(after);
    }
  }

  /**
   * The holder as BelDrive names them, with the contact they gave it; a contact that is no e-mail
   * address or phone number is left out (staff still see the licence in the safe).
   */
  private static Citizen holder(LicenceEvent event) {
    DrivingLicenceRegister.Contact contact = event.contact();
    try {
      return new Citizen(
          event.holder(), event.holderName(), contact.email(), contact.phone(), contact.language());
    } catch (InvalidInputException unusable) {
      LOG.log(
          Level.WARNING,
          "driving-licence event {0} of {1} gives a contact that cannot be used: {2}",
          new Object[] {event.sequence(), event.applicationId(), unusable.getMessage()});
      return new Citizen(event.holder(), event.holderName(), null, null, contact.language());
    }
  }

  private void applyEvent(ProductionEvent event) {
    if (event.subject() == DocumentProduction.Subject.CODES) {
      codesEvents.accept(event);
      return;
    }
    Optional<DocumentOrder> found = orders.find(event.orderId());
    if (found.isEmpty()) {
      LOG.log(
          Level.WARNING,
          "production event {0} names an unknown order {1}",
          new Object[] {event.sequence(), event.orderId()});
      return;
    }
    DocumentOrder before = found.get();
    DocumentOrder after;
    try {
      DocumentOrder numbered =
          event.productionNumber() == null || before.productionNumber() != null
              ? before
              : before.ordered(event.productionNumber());
      after = numbered.reported(event.state(), event.at(), event.reason());
    } catch (ConflictException refused) {
      // A report that would leave an ended road (a refusal after a cancellation): kept as it is.
      LOG.log(
          Level.WARNING,
          "production event {0} not applied to {1}: {2}",
          new Object[] {event.sequence(), event.orderId(), refused.getMessage()});
      return;
    }
    if (after == before) {
      return;
    }
    if (!orders.update(after, before.state())) {
      throw new ConflictException(
          "changed-meanwhile", "document order {0} changed while an event was applied", after.id());
    }
    if (after.state() == DocumentState.ARRIVED && before.state() != DocumentState.ARRIVED) {
      tellArrived(after);
    }
  }

  private void tellArrived(DocumentOrder order) {
    if (!order.citizen().canBeReached()) {
      LOG.log(
          Level.INFO,
          "document {0} arrived; its holder gave no contact, so staff see it only in the safe",
          order.id());
      return;
    }
    Optional<Product> product = products.findByCode(order.product());
    Optional<Location> location = locations.findByCode(order.pickupAt());
    if (product.isEmpty() || location.isEmpty()) {
      LOG.log(
          Level.WARNING,
          "document {0} arrived at a location or as a product no longer known",
          order.id());
      return;
    }
    LocalizedText name = product.get().name();
    boolean byAppointment =
        product.get().pickupStep().map(p -> p.appointmentRequired()).orElse(true);
    notifier.enqueue(
        DocumentMessages.arrived(
            order, name, location.get(), byAppointment ? links.pickupLinkFor(order.id()) : null),
        "document-arrived:" + order.id(),
        LocalDateTime.now(clock));
  }

  private void apply(java.util.UUID id, java.util.function.UnaryOperator<DocumentOrder> step) {
    DocumentOrder current =
        orders.find(id).orElseThrow(() -> new IllegalStateException("no document order " + id));
    if (current.state().isFinal()) {
      return; // ended meanwhile (cancelled by staff): the answer changes nothing
    }
    DocumentOrder changed = step.apply(current);
    if (changed != current && !orders.update(changed, current.state())) {
      throw new ConflictException(
          "changed-meanwhile", "document order {0} changed while it was sent", id);
    }
  }
}
