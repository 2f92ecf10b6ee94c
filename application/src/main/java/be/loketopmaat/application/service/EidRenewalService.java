package be.loketopmaat.application.service;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.CityProfileUseCase;
import be.loketopmaat.application.port.in.EidRenewalUseCase;
import be.loketopmaat.application.port.out.AppointmentStore;
import be.loketopmaat.application.port.out.AppointmentStore.ReferenceTakenException;
import be.loketopmaat.application.port.out.DeskTimeLedger;
import be.loketopmaat.application.port.out.DocumentOrderStore;
import be.loketopmaat.application.port.out.FairUseRecords;
import be.loketopmaat.application.port.out.LocationRepository;
import be.loketopmaat.application.port.out.Notifier;
import be.loketopmaat.application.port.out.ProductRepository;
import be.loketopmaat.application.port.out.RegisterReads;
import be.loketopmaat.application.port.out.SummonsStore;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.application.port.out.federal.ExpiringCards;
import be.loketopmaat.application.port.out.federal.SystemUnavailableException;
import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.appointment.FairUse;
import be.loketopmaat.domain.appointment.Hold;
import be.loketopmaat.domain.appointment.ManagementCode;
import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.catalogue.Product;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.document.DocumentKind;
import be.loketopmaat.domain.notification.RenewalMessages;
import be.loketopmaat.domain.renewal.ExpiringCard;
import be.loketopmaat.domain.renewal.Summons;
import be.loketopmaat.domain.renewal.SummonsOutcome;
import be.loketopmaat.domain.renewal.SummonsReason;
import be.loketopmaat.domain.renewal.SummonsToken;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Proactive eID renewal. A run goes through the register's list of cards that run out within the
 * horizon a page at a time, records the page's reads, and decides on each card not decided on
 * before: skipped (an eID appointment or application is open), invited by post (the register gave
 * no contact), a slot kept ({@link KeptSlots}), or invited to book when nothing fits. Each decision
 * is written with its message in one transaction, and the unique key of the summons (holder and
 * card) makes a second run, or a concurrent one, decide nothing twice. When the register goes down
 * the run stops; the next one goes on. A complete run forgets the summonses of cards that ran out
 * more than {@link #KEPT_AFTER_CARD_END} before its day.
 */
public final class EidRenewalService implements EidRenewalUseCase {
  /** Why the register is read, as the record of reads says. */
  public static final String PURPOSE = "eID renewal summons";

  /** How long a summons is kept after its card ran out (the holder may ask why they got it). */
  public static final Period KEPT_AFTER_CARD_END = Period.ofMonths(6);

  static final int PAGE = 200;
  private static final int REFERENCE_ATTEMPTS = 5;

  private final ExpiringCards cards;
  private final RegisterReads reads;
  private final SummonsStore summonses;
  private final DeskTimeLedger ledger;
  private final TakenTimeView view;
  private final FairUseRecords fairUse;
  private final DocumentOrderStore documents;
  private final AppointmentStore appointments;
  private final ProductRepository products;
  private final AppointmentNotices notices;
  private final Notifier notifier;
  private final ManagementLinks links;
  private final Transactions transactions;
  private final BookingRules rules;
  private final EidRenewalSettings settings;
  private final Clock clock;
  private final KeptSlots kept;
  private final ReentrantLock running = new ReentrantLock();

  /**
   * The out-ports a renewal needs; the booking core's claims and view come from {@link Bookings}.
   */
  public record Ports(
      ExpiringCards cards,
      RegisterReads reads,
      SummonsStore summonses,
      DeskTimeLedger ledger,
      FairUseRecords fairUse,
      DocumentOrderStore documents,
      AppointmentStore appointments,
      LocationRepository locations,
      ProductRepository products,
      CityProfileUseCase city,
      Notifier notifier,
      Transactions transactions) {}

  public EidRenewalService(
      Ports ports,
      Bookings core,
      ManagementLinks links,
      BookingRules rules,
      EidRenewalSettings settings,
      Clock clock) {
    this.cards = ports.cards();
    this.reads = ports.reads();
    this.summonses = ports.summonses();
    this.ledger = ports.ledger();
    this.view = core.view();
    this.fairUse = ports.fairUse();
    this.documents = ports.documents();
    this.appointments = ports.appointments();
    this.products = ports.products();
    this.notifier = ports.notifier();
    this.links = links;
    this.transactions = ports.transactions();
    this.rules = rules;
    this.settings = settings;
    this.clock = clock;
    this.notices = core.notices();
    this.kept =
        new KeptSlots(
            ports.locations(),
            ports.city(),
            ports.ledger(),
            core.claims(),
            core.view(),
            ports.summonses(),
            ports.notifier(),
            links,
            ports.transactions(),
            settings);
  }

  @Override
  public RunSummary run(LocalDate date, String by) {
    if (date == null) {
      throw new InvalidInputException("date", "is required");
    }
    Objects.requireNonNull(by, "by");
    if (!running.tryLock()) {
      throw new ConflictException(
          "eid-renewal-running",
          "an eID renewal run is under way already; its decisions are listed as it makes them");
    }
    try {
      return runNow(date, by);
    } finally {
      running.unlock();
    }
  }

  /** The counts of a run as it goes. */
  private static final class Counts {
    int kept;
    int invited;
    int byPost;
    int skipped;
    int already;
  }

  private RunSummary runNow(LocalDate date, String by) {
    int lapsed = releaseLapsed();
    Product product = product();
    LocalDate lastDue = settings.due().lastDue(date);
    Counts counts = new Counts();
    NationalNumber after = null;
    while (true) {
      List<ExpiringCard> page;
      try {
        page = cards.expiring(date, lastDue, after, PAGE);
      } catch (SystemUnavailableException e) {
        return summary(date, lastDue, counts, lapsed, e.getMessage());
      }
      if (page.isEmpty()) {
        summonses.deleteCardsEndedBefore(date.minus(KEPT_AFTER_CARD_END));
        return summary(date, lastDue, counts, lapsed, null);
      }
      after = page.get(page.size() - 1).insz();
      LocalDateTime read = LocalDateTime.now(clock);
      // The page was read: each person on it is recorded at once, before anything is done with it.
      reads.recordAll(
          page.stream()
              .map(
                  c ->
                      new RegisterReads.Read(c.insz(), PURPOSE, by, read, "card " + c.cardNumber()))
              .toList());
      for (ExpiringCard card : page) {
        if (settings.due().isDue(card, date)) {
          decide(card, product, date, by, counts);
        }
      }
    }
  }

  private void decide(
      ExpiringCard card, Product product, LocalDate date, String by, Counts counts) {
    if (summonses.decided(card.insz(), card.validUntil(), date)) {
      counts.already++;
      return;
    }
    LocalDateTime now = LocalDateTime.now(clock);
    Optional<SummonsReason> busy = openBusiness(card.insz());
    if (busy.isPresent()) {
      if (record(Summons.withoutSlot(card, date, busy.get(), by, now), now)) {
        counts.skipped++;
      } else {
        counts.already++;
      }
      return;
    }
    if (!card.reachable()) {
      // A letter: the decision is the print queue's line, with the address it goes to.
      if (record(Summons.withoutSlot(card, date, SummonsReason.BY_POST, by, now), now)) {
        counts.byPost++;
      } else {
        counts.already++;
      }
      return;
    }
    KeptSlots.Outcome outcome = kept.keep(card, product, date, by, now);
    if (outcome instanceof KeptSlots.Kept) {
      counts.kept++;
    } else if (outcome instanceof KeptSlots.NothingFits nothing) {
      SummonsReason reason =
          nothing.noLocation() ? SummonsReason.NO_LOCATION : SummonsReason.NO_SLOT;
      if (record(Summons.withoutSlot(card, date, reason, by, now), now)) {
        counts.invited++;
      } else {
        counts.already++;
      }
    } else {
      counts.already++;
    }
  }

  /** Records a summons without a slot, with its invitation if it sends one; false if decided. */
  private boolean record(Summons summons, LocalDateTime now) {
    return transactions.inTransaction(
        () -> {
          if (!summonses.insert(summons)) {
            return false;
          }
          if (summons.outcome() == SummonsOutcome.INVITED
              && summons.reason() != SummonsReason.BY_POST) {
            notifier.enqueue(
                RenewalMessages.invitation(summons, links.searchLinkFor(settings.product())),
                "eid-invitation:" + summons.id(),
                now);
          }
          return true;
        });
  }

  /** Why the holder needs no summons: an eID appointment or card application open already. */
  private Optional<SummonsReason> openBusiness(NationalNumber insz) {
    boolean appointment =
        fairUse.findOpenByCitizen(insz).stream()
            .anyMatch(a -> a.products().contains(settings.product()));
    if (appointment) {
      return Optional.of(SummonsReason.APPOINTMENT_OPEN);
    }
    boolean application =
        documents.openOf(insz).stream().anyMatch(order -> order.kind() == DocumentKind.EID);
    return application ? Optional.of(SummonsReason.APPLICATION_OPEN) : Optional.empty();
  }

  private Product product() {
    return products
        .findByCode(settings.product())
        .orElseThrow(() -> new NotFoundException("product", settings.product().value()));
  }

  private static RunSummary summary(
      LocalDate date, LocalDate lastDue, Counts counts, int lapsed, String outage) {
    return new RunSummary(
        date,
        lastDue,
        counts.kept,
        counts.invited,
        counts.byPost,
        counts.skipped,
        counts.already,
        lapsed,
        outage == null,
        outage);
  }

  @Override
  public Summons view(String token) {
    String hash = hashOf(token);
    return transactions.inTransaction(
        () -> summonses.findByTokenForUpdate(hash).orElseThrow(() -> unknown(token)));
  }

  @Override
  public Confirmation confirm(String token) {
    String hash = hashOf(token);
    for (int attempt = 1; ; attempt++) {
      try {
        Confirmation confirmation = transactions.inTransaction(() -> confirmNow(token, hash));
        view.changed(confirmation.appointment().location(), confirmation.appointment().start());
        return confirmation;
      } catch (ReferenceTakenException e) {
        if (attempt >= REFERENCE_ATTEMPTS) {
          throw new IllegalStateException(
              "no free appointment reference after " + attempt + " attempts", e);
        }
      }
    }
  }

  /**
   * Under the summons' lock, so that a second click waits for the first and then hears that it was
   * confirmed: the kept hold becomes the appointment, with the confirmation in the outbox.
   */
  private Confirmation confirmNow(String token, String hash) {
    LocalDateTime now = LocalDateTime.now(clock);
    Summons summons = summonses.findByTokenForUpdate(hash).orElseThrow(() -> unknown(token));
    Summons confirmed = summons.confirmed(AppointmentReference.random(), now);
    Citizen citizen =
        new Citizen(
            summons.insz(), summons.name(), summons.email(), summons.phone(), summons.language());
    fairUse.lockCitizen(citizen.insz()); // before the desk's lock, as every booking takes them
    Hold hold = liveHold(summons, now);
    FairUse limits = rules.fairUse();
    limits.requireRoomFor(hold.products(), fairUse.findOpenByCitizen(citizen.insz()));
    ledger.deleteHold(hold.id());
    String code = ManagementCode.generate();
    Appointment appointment =
        Appointment.book(
            confirmed.appointment(),
            ManagementCode.hash(code),
            hold.desk(),
            hold.slot(),
            hold.products(),
            hold.persons(),
            citizen,
            Channel.AUTOMATE);
    appointments.insert(appointment);
    notices.confirm(appointment, code, now);
    summonses.update(confirmed);
    return new Confirmation(confirmed, appointment, code);
  }

  /** The summons' hold, read again under its desk's lock; a conflict when it is gone. */
  private Hold liveHold(Summons summons, LocalDateTime now) {
    Hold seen = ledger.findHold(summons.hold()).orElseThrow(EidRenewalService::lapsedConflict);
    ledger.lockDeskDay(seen.location(), seen.desk(), seen.start().toLocalDate());
    return ledger
        .findHold(summons.hold())
        .filter(h -> !h.expiredAt(now))
        .orElseThrow(EidRenewalService::lapsedConflict);
  }

  /** A kept slot whose hold is gone or expired: lapsed, whatever the summons says yet. */
  private static ConflictException lapsedConflict() {
    return new ConflictException(
        "summons-lapsed", "the kept slot has lapsed; book a slot yourself");
  }

  @Override
  public Summons release(String token) {
    String hash = hashOf(token);
    Summons released =
        transactions.inTransaction(
            () -> {
              LocalDateTime now = LocalDateTime.now(clock);
              Summons summons =
                  summonses.findByTokenForUpdate(hash).orElseThrow(() -> unknown(token));
              Summons done = summons.released(now);
              ledger.releaseHold(summons.hold(), now);
              summonses.update(done);
              return done;
            });
    view.changed(released.slot().location(), released.slot().start());
    return released;
  }

  @Override
  public int releaseLapsed() {
    LocalDateTime now = LocalDateTime.now(clock);
    int released = 0;
    for (List<Summons> page = summonses.lapsed(now, PAGE);
        !page.isEmpty();
        page = summonses.lapsed(now, PAGE)) {
      for (Summons summons : page) {
        Optional<Summons> lapsed =
            transactions.inTransaction(
                () -> {
                  Optional<Summons> current =
                      summonses.findForUpdate(summons.id()).filter(s -> s.lapsedAt(now));
                  if (current.isEmpty()) {
                    return Optional.<Summons>empty(); // confirmed or released meanwhile
                  }
                  Summons done = current.get().lapsed(now);
                  ledger.releaseHold(done.hold(), now);
                  summonses.update(done);
                  notifier.enqueue(
                      RenewalMessages.released(
                          done, links.searchLinkFor(settings.product()), now.toLocalDate()),
                      "eid-released:" + done.id(),
                      now);
                  return Optional.of(done);
                });
        if (lapsed.isPresent()) {
          released++;
          view.changed(lapsed.get().slot().location(), lapsed.get().slot().start());
        }
      }
    }
    return released;
  }

  @Override
  public List<Summons> decisions(LocalDate runDate, SummonsOutcome outcome, int limit) {
    if (runDate == null) {
      throw new InvalidInputException("date", "is required");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidInputException("limit", "must be between 1 and {0}", MAX_LIMIT);
    }
    return summonses.decisions(runDate, outcome, limit);
  }

  private static String hashOf(String token) {
    if (!SummonsToken.wellFormed(token)) {
      throw unknown(token);
    }
    return SummonsToken.hash(token);
  }

  private static NotFoundException unknown(String token) {
    String shown = token == null ? "" : token.substring(0, Math.min(6, token.length())) + "…";
    return new NotFoundException("summons", shown);
  }
}
