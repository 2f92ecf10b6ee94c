package be.loketopmaat.application.service;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.ParkingPermitsUseCase;
import be.loketopmaat.application.port.out.Notifier;
import be.loketopmaat.application.port.out.ParkingPermitStore;
import be.loketopmaat.application.port.out.RegisterReads;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.application.port.out.federal.PopulationRegister;
import be.loketopmaat.application.port.out.federal.SystemUnavailableException;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.notification.ParkingMessages;
import be.loketopmaat.domain.parking.InvitationReason;
import be.loketopmaat.domain.parking.ParkingPermit;
import be.loketopmaat.domain.parking.RenewalDecision;
import be.loketopmaat.domain.parking.RenewalOutcome;
import be.loketopmaat.domain.parking.RenewalRule;
import be.loketopmaat.domain.population.NisCode;
import be.loketopmaat.domain.population.Person;
import be.loketopmaat.domain.population.RegisterRefusedException;
import be.loketopmaat.domain.staff.StaffMember;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Resident parking permits and their renewal runs. A run goes through the due permits a page at a
 * time, by id: it records the page's register reads (together, before any is made; on an outage the
 * record may name a few reads that were not made, never miss one), asks the register (a few permits
 * at once), decides with the {@link RenewalRule}, and writes the page's decisions in one
 * transaction: a decision recorded already for the permit and period (another run's) is left alone,
 * so a permit is decided once per period. An invitation goes to the holder through the outbox in
 * the same transaction. When the register is down the run writes what it decided and stops; the
 * permits it did not reach are still due, and the next run takes them. A complete run deletes the
 * permits that ended more than {@link #KEPT_AFTER_END} before its day, with their decisions.
 */
public final class ParkingPermitService implements ParkingPermitsUseCase {
  /** Why the register is read, as the record of reads says. */
  public static final String PURPOSE = "parking permit renewal";

  static final int PAGE = 200;

  /** How long a permit and its decisions are kept after its end (the holder may ask why). */
  public static final Period KEPT_AFTER_END = Period.ofYears(1);

  private final ParkingPermitStore permits;
  private final PopulationRegister register;
  private final RegisterReads reads;
  private final Notifier notifier;
  private final Transactions transactions;
  private final RenewalRule rule;
  private final Period horizon;
  private final int parallelism;
  private final Clock clock;
  private final ReentrantLock running = new ReentrantLock();

  /**
   * @param horizon how long before its end a permit is decided on
   * @param parallelism how many register reads a run makes at once
   */
  public ParkingPermitService(
      ParkingPermitStore permits,
      PopulationRegister register,
      RegisterReads reads,
      Notifier notifier,
      Transactions transactions,
      NisCode city,
      Period horizon,
      int parallelism,
      Clock clock) {
    if (horizon.isNegative() || parallelism < 1) {
      throw new IllegalArgumentException("a horizon from zero days and at least one read at once");
    }
    this.permits = permits;
    this.register = register;
    this.reads = reads;
    this.notifier = notifier;
    this.transactions = transactions;
    this.rule = new RenewalRule(city);
    this.horizon = horizon;
    this.parallelism = parallelism;
    this.clock = clock;
  }

  @Override
  public ParkingPermit register(NewPermit permit, StaffMember by) {
    Objects.requireNonNull(permit, "permit");
    Objects.requireNonNull(by, "by");
    if (permit.holder() == null || !permit.holder().canBeReached()) {
      throw new InvalidInputException(
          "holder.email", "give an e-mail address or a phone number, or both");
    }
    ParkingPermit granted =
        ParkingPermit.grant(
            permit.holder(),
            permit.address(),
            permit.household(),
            permit.plate(),
            permit.zone(),
            permit.validFrom(),
            permit.validUntil(),
            by.id(),
            LocalDateTime.now(clock));
    permits.insert(List.of(granted));
    return granted;
  }

  @Override
  public ParkingPermit get(UUID id) {
    Objects.requireNonNull(id, "id");
    return permits
        .find(id)
        .orElseThrow(() -> new NotFoundException("parking permit", id.toString()));
  }

  @Override
  public List<RenewalDecision> decisions(LocalDate runDate, RenewalOutcome outcome, int limit) {
    if (runDate == null) {
      throw new InvalidInputException("date", "is required");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidInputException("limit", "must be between 1 and {0}", MAX_LIMIT);
    }
    return permits.decisions(runDate, outcome, limit);
  }

  @Override
  public RunSummary renew(LocalDate date, String by) {
    if (date == null) {
      throw new InvalidInputException("date", "is required");
    }
    Objects.requireNonNull(by, "by");
    if (!running.tryLock()) {
      throw new ConflictException(
          "renewal-running",
          "a renewal run is under way already; its decisions are listed as it makes them");
    }
    ExecutorService pool = Executors.newFixedThreadPool(parallelism);
    try {
      return run(date, by, pool);
    } finally {
      pool.shutdownNow();
      running.unlock();
    }
  }

  /**
   * What the register said of one permit: a decision, nothing (skipped: its own refusal), or no
   * answer at all (it was down, or the page stopped asking once it was).
   */
  private record Answer(ParkingPermit permit, RenewalDecision decision, boolean unanswered) {}

  /**
   * A page's answers, and what the register said when it went down (the first failure), if it did.
   */
  private record Asked(List<Answer> answers, String outage) {}

  private RunSummary run(LocalDate date, String by, ExecutorService pool) {
    LocalDate horizonEnd = date.plus(horizon);
    Map<InvitationReason, Integer> invitedBy = new EnumMap<>(InvitationReason.class);
    int renewed = 0;
    int skipped = 0;
    UUID after = null;
    while (true) {
      List<ParkingPermit> page = permits.due(horizonEnd, after, PAGE);
      if (page.isEmpty()) {
        permits.deleteEndedBefore(date.minus(KEPT_AFTER_END));
        return summary(date, horizonEnd, renewed, invitedBy, skipped, null);
      }
      after = page.get(page.size() - 1).id();
      Asked asked = ask(page, date, by, pool);
      List<Answer> answers = asked.answers();
      List<Answer> decided = answers.stream().filter(a -> a.decision() != null).toList();
      LocalDateTime now = LocalDateTime.now(clock);
      List<RenewalDecision> applied = transactions.inTransaction(() -> apply(decided, now));
      for (RenewalDecision decision : applied) {
        if (decision.outcome() == RenewalOutcome.RENEWED) {
          renewed++;
        } else {
          invitedBy.merge(decision.reason(), 1, Integer::sum);
        }
      }
      skipped +=
          (int) answers.stream().filter(a -> a.decision() == null && !a.unanswered()).count();
      if (asked.outage() != null) {
        return summary(date, horizonEnd, renewed, invitedBy, skipped, asked.outage());
      }
    }
  }

  private static RunSummary summary(
      LocalDate date,
      LocalDate horizonEnd,
      int renewed,
      Map<InvitationReason, Integer> invitedBy,
      int skipped,
      String outage) {
    int invited = invitedBy.values().stream().mapToInt(Integer::intValue).sum();
    return new RunSummary(
        date, horizonEnd, renewed, invited, Map.copyOf(invitedBy), skipped, outage == null, outage);
  }

  private Asked ask(List<ParkingPermit> page, LocalDate date, String by, ExecutorService pool) {
    LocalDateTime now = LocalDateTime.now(clock);
    reads.recordAll(
        page.stream()
            .map(
                p -> new RegisterReads.Read(p.holder().insz(), PURPOSE, by, now, p.id().toString()))
            .toList());
    AtomicReference<String> down = new AtomicReference<>();
    List<Callable<Answer>> questions = new ArrayList<>();
    for (ParkingPermit permit : page) {
      questions.add(() -> ask(permit, date, by, down));
    }
    List<Answer> answers = new ArrayList<>();
    try {
      for (Future<Answer> answer : pool.invokeAll(questions)) {
        answers.add(answer.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the renewal run was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException("a register read failed", e.getCause());
    }
    return new Asked(answers, down.get());
  }

  /** {@code down} holds the register's words once a read met it down: the page asks no more. */
  private Answer ask(
      ParkingPermit permit, LocalDate date, String by, AtomicReference<String> down) {
    if (down.get() != null) {
      return new Answer(permit, null, true);
    }
    LocalDateTime now = LocalDateTime.now(clock);
    try {
      Optional<Person> person = register.person(permit.holder().insz());
      return new Answer(permit, rule.decide(permit, person, date, by, now), false);
    } catch (SystemUnavailableException e) {
      down.compareAndSet(null, e.getMessage());
      return new Answer(permit, null, true);
    } catch (RegisterRefusedException e) {
      InvitationReason reason =
          switch (e.reason()) {
            case INVALID_NATIONAL_NUMBER, UNKNOWN_PERSON -> InvitationReason.NOT_REGISTERED;
            case PERSON_DECEASED -> InvitationReason.DECEASED;
            default -> null; // the register's own trouble: asked again by the next run
          };
      return new Answer(
          permit, reason == null ? null : RenewalRule.invite(permit, reason, date, by, now), false);
    }
  }

  /** Writes the decisions not recorded before; runs in a transaction, so it may run again. */
  private List<RenewalDecision> apply(List<Answer> decided, LocalDateTime now) {
    List<RenewalDecision> applied = new ArrayList<>();
    for (Answer answer : decided) {
      RenewalDecision decision = answer.decision();
      ParkingPermit permit = answer.permit();
      if (!permits.recordDecision(decision)) {
        continue; // decided by another run meanwhile
      }
      if (!permits.update(decision.applyTo(permit), permit.validUntil())) {
        throw new ConflictException(
            "permit-changed", "a permit changed while the run decided on it; run again");
      }
      if (decision.outcome() == RenewalOutcome.INVITED) {
        notifier.enqueue(
            ParkingMessages.invitation(permit, decision.reason()),
            "parking-invitation:" + permit.id() + ":" + decision.periodEnd(),
            now);
      }
      applied.add(decision);
    }
    return applied;
  }
}
