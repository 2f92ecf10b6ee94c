package be.loketopmaat.application.service;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.CityProfileUseCase;
import be.loketopmaat.application.port.in.HomeVisitsUseCase;
import be.loketopmaat.application.port.out.DocumentOrderStore;
import be.loketopmaat.application.port.out.HomeVisitStore;
import be.loketopmaat.application.port.out.LocationRepository;
import be.loketopmaat.application.port.out.ProductRepository;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.application.port.out.federal.BiometricsKits;
import be.loketopmaat.application.port.out.federal.BiometricsKits.KitReport;
import be.loketopmaat.application.port.out.federal.BiometricsKits.KitReports;
import be.loketopmaat.application.port.out.federal.FederalOutbox;
import be.loketopmaat.application.port.out.federal.FeedPositions;
import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.catalogue.PickupStep;
import be.loketopmaat.domain.catalogue.Product;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.common.Violations;
import be.loketopmaat.domain.document.DocumentKind;
import be.loketopmaat.domain.document.DocumentOrder;
import be.loketopmaat.domain.document.DocumentState;
import be.loketopmaat.domain.document.FederalSystem;
import be.loketopmaat.domain.homevisit.DayPlan;
import be.loketopmaat.domain.homevisit.HomeVisit;
import be.loketopmaat.domain.homevisit.HomeVisitPurpose;
import be.loketopmaat.domain.homevisit.HomeVisitState;
import be.loketopmaat.domain.homevisit.MobileTeam;
import be.loketopmaat.domain.homevisit.TeamCode;
import be.loketopmaat.domain.homevisit.TravelTimes;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.offer.OfferRules;
import be.loketopmaat.domain.offer.OfferedService;
import be.loketopmaat.domain.staff.StaffMember;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Home visits: planned in a mobile team's day with the travel around them, loaded onto the team's
 * kit through the outbox, and ended by what the kit reports once it is back online. A capture
 * records the application as one taken at a desk (its order queued for the card production, to be
 * delivered to the team's base); a hand-over at the door hands the document over and queues its
 * activation. Each report is applied once, in the transaction that moves the feed on.
 */
public final class HomeVisitService implements HomeVisitsUseCase {
  static final String KIT_FEED = "biometrics-kits";

  /** How far ahead a visit may be planned. */
  public static final int MAX_DAYS_AHEAD = 180;

  private static final Logger LOG = Logger.getLogger(HomeVisitService.class.getName());
  private static final int BATCH = 100;

  private final HomeVisitStore visits;
  private final MobileTeams teams;
  private final DocumentOrderStore orders;
  private final FederalOutbox outbox;
  private final BiometricsKits kits;
  private final FeedPositions positions;
  private final ProductRepository products;
  private final LocationRepository locations;
  private final CityProfileUseCase city;
  private final Transactions transactions;
  private final Clock clock;

  public HomeVisitService(
      HomeVisitStore visits,
      MobileTeams teams,
      DocumentOrderStore orders,
      FederalOutbox outbox,
      BiometricsKits kits,
      FeedPositions positions,
      ProductRepository products,
      LocationRepository locations,
      CityProfileUseCase city,
      Transactions transactions,
      Clock clock) {
    this.visits = visits;
    this.teams = teams;
    this.orders = orders;
    this.outbox = outbox;
    this.kits = kits;
    this.positions = positions;
    this.products = products;
    this.locations = locations;
    this.city = city;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public List<MobileTeam> teams() {
    return teams.all();
  }

  /** What a visit needs at the door, from its product or the document it brings. */
  private record Need(
      DocumentKind kind, Product product, Citizen citizen, UUID order, int minutes) {}

  @Override
  public HomeVisit plan(Plan plan, StaffMember by) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(by, "by");
    new Violations()
        .requireNonNull(plan.team(), "team")
        .requireNonNull(plan.day(), "day")
        .requireNonNull(plan.purpose(), "purpose")
        .requireNonNull(plan.address(), "address")
        .throwIfAny();
    MobileTeam team = teams.get(plan.team());
    Location base = location(team.base());
    TravelTimes travel = teams.travel();
    if (!travel.covers(plan.address())) {
      throw new InvalidInputException(
          "address.postalCode",
          "the mobile teams do not go to postal code {0}",
          plan.address().postalCode());
    }
    LocalDateTime now = LocalDateTime.now(clock);
    if (plan.day().isAfter(now.toLocalDate().plusDays(MAX_DAYS_AHEAD))) {
      throw new InvalidInputException(
          "day", "a visit is planned at most {0} days ahead", MAX_DAYS_AHEAD);
    }
    Need need =
        plan.purpose() == HomeVisitPurpose.APPLICATION
            ? applicationNeed(plan, base)
            : deliveryNeed(plan, team);
    LocalTime notBefore = plan.day().equals(now.toLocalDate()) ? now.toLocalTime() : LocalTime.MIN;
    return transactions.inTransaction(
        () -> {
          visits.lockDay(team.code(), plan.day());
          // The document's row too: two deliveries of it planned on different days (under other
          // day locks) must not both find none planned.
          if (need.order() != null) {
            orders.findForUpdate(need.order());
          }
          if (need.order() != null && hasOpenVisit(need.order())) {
            throw new ConflictException(
                "delivery-already-planned", "a visit to bring this document is planned already");
          }
          DayPlan day =
              new DayPlan(team, base.address(), plan.day(), visits.onDay(team.code(), plan.day()));
          LocalTime start = start(plan, day, need.minutes(), notBefore, travel);
          HomeVisit visit =
              HomeVisit.plan(
                  team.code(),
                  plan.day(),
                  start,
                  need.minutes(),
                  plan.purpose(),
                  need.kind(),
                  need.product().code(),
                  need.citizen(),
                  plan.address(),
                  plan.note(),
                  need.order(),
                  by.id(),
                  now);
          visits.insert(visit);
          outbox.enqueue(FederalOutbox.Call.LOAD_VISIT, visit.id(), now);
          return visit;
        });
  }

  private static LocalTime start(
      Plan plan, DayPlan day, int minutes, LocalTime notBefore, TravelTimes travel) {
    if (plan.at() == null) {
      return day.firstFit(plan.address(), minutes, notBefore, travel)
          .orElseThrow(
              () ->
                  new ConflictException(
                      "day-full", "the team has no room for this visit on {0}", plan.day()));
    }
    if (plan.at().isBefore(notBefore) || !day.fits(plan.at(), plan.address(), minutes, travel)) {
      throw new ConflictException(
          "visit-does-not-fit",
          "the team cannot be there at {0}, with the travel from and to its other visits; leave"
              + " the time out for the first that fits",
          plan.at());
    }
    return plan.at();
  }

  private boolean hasOpenVisit(UUID order) {
    return visits.forDocument(order).stream().anyMatch(v -> v.state().isOpen());
  }

  private Need applicationNeed(Plan plan, Location base) {
    new Violations()
        .requireNonNull(plan.product(), "product")
        .requireNonNull(plan.kind(), "kind")
        .requireNonNull(plan.citizen(), "citizen")
        .throwIfAny();
    Product product = product(plan.product());
    if (product.offer(Channel.HOME_VISIT).isEmpty() || product.pickupStep().isEmpty()) {
      throw new InvalidInputException(
          "product", "'{0}' is not applied for on a home visit", product.code());
    }
    if (!new OfferRules(city.cityProfile()).offers(base, product, OfferedService.PICKUP)) {
      throw new InvalidInputException(
          "team",
          "the team's base {0} cannot keep '{1}' (it needs a safe and a pickup desk)",
          base.code(),
          product.code());
    }
    return new Need(
        plan.kind(), product, plan.citizen(), null, minutes(product.deskDuration().toMinutes()));
  }

  private Need deliveryNeed(Plan plan, MobileTeam team) {
    new Violations().requireNonNull(plan.documentOrderId(), "documentId").throwIfAny();
    DocumentOrder order =
        orders
            .find(plan.documentOrderId())
            .orElseThrow(
                () -> new NotFoundException("document", plan.documentOrderId().toString()));
    if (order.kind().madeBy() != FederalSystem.BELPIC) {
      throw new InvalidInputException(
          "documentId", "a {0} is handed over at a desk, not on a home visit", order.kind());
    }
    if (order.state() != DocumentState.ARRIVED) {
      throw new ConflictException(
          "document-not-arrived", "the document is not in the safe (yet): nothing to bring");
    }
    if (!order.pickupAt().equals(team.base())) {
      throw new InvalidInputException(
          "documentId",
          "the document lies at {0}, not at the team's base {1}",
          order.pickupAt(),
          team.base());
    }
    Citizen citizen = plan.citizen() == null ? order.citizen() : plan.citizen();
    if (!citizen.insz().equals(order.citizen().insz())) {
      throw new InvalidInputException("citizen.insz", "the document is not this citizen's");
    }
    Product product = product(order.product());
    if (product.pickupStep().isEmpty()) { // the catalogue changed since the order
      throw new InvalidInputException(
          "documentId", "'{0}' is not a document that is picked up later", product.code());
    }
    long desk = product.pickupStep().map(PickupStep::deskDuration).orElseThrow().toMinutes();
    return new Need(order.kind(), product, citizen, order.id(), minutes(desk));
  }

  private static int minutes(long deskMinutes) {
    return (int) Math.min(240, deskMinutes + HomeVisit.SETUP_MINUTES);
  }

  @Override
  public HomeVisit get(UUID id) {
    return visits.find(id).orElseThrow(() -> new NotFoundException("home visit", id.toString()));
  }

  @Override
  public Route route(TeamCode code, LocalDate day) {
    Objects.requireNonNull(day, "day");
    MobileTeam team = teams.get(code);
    Location base = location(team.base());
    DayPlan plan = new DayPlan(team, base.address(), day, visits.onDay(code, day));
    return new Route(team, day, plan.route(teams.travel()));
  }

  @Override
  public HomeVisit cancel(UUID id, String reason, StaffMember by) {
    Objects.requireNonNull(by, "by");
    LocalDateTime now = LocalDateTime.now(clock);
    return transactions.inTransaction(
        () -> {
          HomeVisit current = get(id);
          HomeVisit cancelled = current.cancel(reason, now);
          if (!visits.update(cancelled, current.state())) {
            throw new ConflictException(
                "changed-meanwhile", "the visit was changed meanwhile; look at it again");
          }
          outbox.enqueue(FederalOutbox.Call.UNLOAD_VISIT, id, now);
          return cancelled;
        });
  }

  @Override
  public int collectReports() {
    long from = positions.position(KIT_FEED);
    KitReports page = kits.reportsAfter(from, BATCH);
    if (page.reports().isEmpty() && page.cursor() == from) {
      return 0;
    }
    transactions.inTransaction(
        () -> {
          for (KitReport report : page.reports()) {
            apply(report);
          }
          positions.advance(KIT_FEED, page.cursor());
          return null;
        });
    return page.reports().size();
  }

  private void apply(KitReport report) {
    Optional<HomeVisit> found = visits.find(report.visitId());
    if (found.isEmpty()) {
      LOG.log(
          Level.WARNING,
          "kit report {0} names an unknown visit {1}",
          new Object[] {report.sequence(), report.visitId()});
      return;
    }
    HomeVisit visit = found.get();
    if (visit.state() != HomeVisitState.PLANNED) {
      if (visit.state() != HomeVisitState.DONE && visit.state() != HomeVisitState.MISSED) {
        LOG.log(
            Level.WARNING,
            "kit report {0} ({1}) about visit {2}, which is {3}: staff should look at it",
            new Object[] {report.sequence(), report.outcome(), visit.id(), visit.state()});
      }
      return; // reported before: applied once
    }
    LocalDateTime now = LocalDateTime.now(clock);
    HomeVisit after;
    try {
      after =
          switch (report.outcome()) {
            case CAPTURED -> recordApplication(visit, report, now);
            case HANDED_OVER -> handOver(visit, report, now);
            case NOT_DONE -> visit.missed(reason(report), report.at());
          };
    } catch (ConflictException | NotFoundException refused) {
      // The document is not in the safe any more, the team is gone from the reference data: the
      // report cannot apply, and must not hold the feed up; staff see the visit still planned.
      LOG.log(
          Level.WARNING,
          "kit report {0} not applied to visit {1}: {2}",
          new Object[] {report.sequence(), visit.id(), refused.getMessage()});
      return;
    }
    if (after != visit && !visits.update(after, visit.state())) {
      // Rolls the page back: the next run reads it again.
      throw new IllegalStateException("home visit " + visit.id() + " changed meanwhile");
    }
  }

  private static String reason(KitReport report) {
    String reason = report.reason() == null ? "not done" : report.reason().strip();
    return reason.length() > HomeVisit.MAX_REASON
        ? reason.substring(0, HomeVisit.MAX_REASON)
        : reason;
  }

  private HomeVisit recordApplication(HomeVisit visit, KitReport report, LocalDateTime now) {
    MobileTeam team = teams.get(visit.team());
    DocumentOrder order =
        DocumentOrder.record(
            visit.kind(),
            visit.product(),
            visit.citizen(),
            team.base(),
            team.base(),
            false,
            recordedBy(report),
            report.at());
    HomeVisit done = visit.captured(order.id(), report.at());
    orders.insert(order);
    outbox.enqueue(FederalOutbox.Call.ORDER_DOCUMENT, order.id(), now);
    return done;
  }

  private HomeVisit handOver(HomeVisit visit, KitReport report, LocalDateTime now) {
    HomeVisit done = visit.delivered(report.at());
    Optional<DocumentOrder> found = orders.find(visit.documentOrderId());
    if (found.isEmpty()) {
      LOG.log(
          Level.WARNING,
          "kit report {0}: visit {1} handed over a document the city does not know",
          new Object[] {report.sequence(), visit.id()});
      return visit;
    }
    DocumentOrder order = found.get();
    DocumentOrder handedOver = order.handOver(report.at());
    if (!orders.update(handedOver, order.state())) {
      throw new IllegalStateException("document order " + order.id() + " changed meanwhile");
    }
    outbox.enqueue(FederalOutbox.Call.ACTIVATE_DOCUMENT, order.id(), now);
    return done;
  }

  /** Who took the application, for the record: the kit and its operator. */
  private static String recordedBy(KitReport report) {
    String by = "kit " + report.kit() + ": " + report.operator();
    return by.length() > 200 ? by.substring(0, 200) : by;
  }

  private Location location(LocationCode code) {
    return locations
        .findByCode(code)
        .orElseThrow(() -> new NotFoundException("location", code.value()));
  }

  private Product product(be.loketopmaat.domain.catalogue.ProductCode code) {
    return products
        .findByCode(code)
        .orElseThrow(() -> new NotFoundException("product", code.value()));
  }
}
