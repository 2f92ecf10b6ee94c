package be.loketopmaat.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.HomeVisitsUseCase.Plan;
import be.loketopmaat.application.port.out.HomeVisitStore;
import be.loketopmaat.application.port.out.federal.BiometricsKits;
import be.loketopmaat.application.port.out.federal.FederalOutbox;
import be.loketopmaat.application.port.out.federal.FederalOutbox.Status;
import be.loketopmaat.application.port.out.federal.SystemUnavailableException;
import be.loketopmaat.domain.Fixtures;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.document.DocumentKind;
import be.loketopmaat.domain.document.DocumentOrder;
import be.loketopmaat.domain.document.DocumentState;
import be.loketopmaat.domain.homevisit.HomeVisit;
import be.loketopmaat.domain.homevisit.HomeVisitPurpose;
import be.loketopmaat.domain.homevisit.HomeVisitState;
import be.loketopmaat.domain.homevisit.MobileTeam;
import be.loketopmaat.domain.homevisit.TeamCode;
import be.loketopmaat.domain.location.Address;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.location.TimeWindow;
import be.loketopmaat.domain.location.WeeklySchedule;
import be.loketopmaat.domain.population.NisCode;
import be.loketopmaat.domain.staff.StaffMember;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Home visits through the services, on in-memory ports and a kit service that can go down: planned
 * in the team's day with travel, loaded onto the kit by the outbox worker, and ended by what the
 * kit reports, each report applied once.
 */
class HomeVisitServiceTest {
  static final StaffMember AGENT = new StaffMember("agent-1", "Agent One");
  static final TeamCode TEAM = new TeamCode("mobile-north");
  static final LocationCode HUB = AppointmentTestKit.HUB;
  static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);
  static final Address AT_HOME = new Address("Lange Leemstraat 5", "2000", "Antwerpen");

  final AppointmentTestKit.MutableClock clock =
      new AppointmentTestKit.MutableClock(LocalDateTime.of(2026, 11, 23, 9, 0));
  final InMemoryDocuments documents = new InMemoryDocuments();
  final InMemoryProducts products =
      new InMemoryProducts()
          .with(PickupBookingTest.pickedUpByAppointment(Fixtures.eid(), true), Fixtures.attest());
  final InMemoryLocations locations =
      new InMemoryLocations()
          .with(
              Fixtures.hub(HUB.value(), Fixtures.NORTH),
              Fixtures.neighbourhoodCounter("groenenhoek", Fixtures.SOUTH));
  final MobileTeams teams =
      new MobileTeams(
          List.of(
              new MobileTeam(TEAM, "Mobile team North", HUB, "kit-01", weekdays("09:00", "12:30"))),
          locations);
  final InMemoryHomeVisits visits = new InMemoryHomeVisits();
  final FakeKits kits = new FakeKits();
  final HomeVisitService service =
      new HomeVisitService(
          visits,
          teams,
          documents,
          documents,
          kits,
          documents,
          products,
          locations,
          Fixtures::city,
          documents,
          clock);
  final FederalSync worker =
      new FederalSync(
          new IdentityDocumentsTest.FakeProduction(),
          new FakeLicenceRegister(),
          documents,
          documents,
          documents,
          new InMemoryOutbox(),
          products,
          locations,
          documents,
          attempts -> Duration.ofMinutes(attempts),
          new FederalSync.Settings(NisCode.ANTWERP, 10, Duration.ofMinutes(5), 3),
          clock,
          new ManagementLinks(AppointmentTestKit.PUBLIC_URL),
          List.of(new KitCalls(kits, visits, documents, teams, documents)));

  static WeeklySchedule weekdays(String start, String end) {
    Map<DayOfWeek, List<TimeWindow>> days = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY)) {
      days.put(day, List.of(TimeWindow.of(start, end)));
    }
    return new WeeklySchedule(days);
  }

  static Plan application(LocalTime at, Address address) {
    return new Plan(
        TEAM,
        TUESDAY,
        at,
        HomeVisitPurpose.APPLICATION,
        DocumentKind.EID,
        AppointmentTestKit.EID,
        null,
        AppointmentTestKit.AN,
        address,
        "third floor, the bell does not work: phone");
  }

  @Test
  void fromThePlanningToTheKitToTheRecordedApplication() {
    HomeVisit planned = service.plan(application(null, AT_HOME), AGENT);
    // From the base in the same postal area: 15 minutes; 20 at the desk plus 10 to set up.
    assertThat(planned.start()).isEqualTo(LocalTime.of(9, 15));
    assertThat(planned.minutes()).isEqualTo(30);
    assertThat(documents.list(Status.QUEUED, 10))
        .singleElement()
        .satisfies(e -> assertThat(e.call()).isEqualTo(FederalOutbox.Call.LOAD_VISIT));

    assertThat(worker.sendDue()).isEqualTo(1);
    assertThat(kits.loaded).containsKey(planned.id());
    assertThat(kits.loaded.get(planned.id()).kit()).isEqualTo("kit-01");
    assertThat(kits.loaded.get(planned.id()).insz()).isEqualTo(AppointmentTestKit.AN.insz());

    LocalDateTime atTheDoor = TUESDAY.atTime(9, 40);
    kits.report(planned.id(), BiometricsKits.Outcome.CAPTURED, atTheDoor, null);
    assertThat(service.collectReports()).isEqualTo(1);

    HomeVisit done = service.get(planned.id());
    assertThat(done.state()).isEqualTo(HomeVisitState.DONE);
    DocumentOrder order = documents.find(done.documentOrderId()).orElseThrow();
    assertThat(order.state()).isEqualTo(DocumentState.RECORDED);
    assertThat(order.kind()).isEqualTo(DocumentKind.EID);
    assertThat(order.pickupAt()).isEqualTo(HUB);
    assertThat(order.recordedAt()).isEqualTo(atTheDoor);
    assertThat(order.recordedBy()).contains("kit-01").contains("operator-1");
    assertThat(documents.list(Status.QUEUED, 10))
        .extracting(FederalOutbox.Entry::call)
        .containsExactly(FederalOutbox.Call.ORDER_DOCUMENT);

    // The feed delivers the same report again (a kit that synced twice): nothing more is made.
    kits.report(planned.id(), BiometricsKits.Outcome.CAPTURED, atTheDoor, null);
    assertThat(service.collectReports()).isEqualTo(1);
    assertThat(documents.list(Status.QUEUED, 10)).hasSize(1);
    assertThat(service.collectReports()).isZero();
  }

  @Test
  void theNextVisitLeavesRoomForTheTravelAndAFullDayOrAMisfitIsRefused() {
    HomeVisit first = service.plan(application(null, AT_HOME), AGENT);
    Address south = new Address("Dorpstraat 9", "2600", "Berchem");
    HomeVisit second = service.plan(application(null, south), AGENT);
    // 9:45 at the first door's end, then the drive from 2000 to 2600.
    assertThat(second.start()).isAfter(first.end().plusMinutes(30));
    assertThat(service.route(TEAM, TUESDAY).legs().get(0).stops())
        .extracting(s -> s.visit().id())
        .containsExactly(first.id(), second.id());

    assertThatThrownBy(() -> service.plan(application(LocalTime.of(9, 20), AT_HOME), AGENT))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("cannot be there");
    assertThatThrownBy(() -> service.plan(application(null, south), AGENT))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("no room");
    assertThat(visits.all()).hasSize(2);
  }

  @Test
  void refusesVisitsNoTeamCanMake() {
    Address elsewhere = new Address("Grote Markt 1", "9000", "Gent");
    assertThatThrownBy(() -> service.plan(application(null, elsewhere), AGENT))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("9000");
    Plan attest =
        new Plan(
            TEAM,
            TUESDAY,
            null,
            HomeVisitPurpose.APPLICATION,
            DocumentKind.EID,
            AppointmentTestKit.ATTEST,
            null,
            AppointmentTestKit.AN,
            AT_HOME,
            null);
    assertThatThrownBy(() -> service.plan(attest, AGENT))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("home visit");
    Plan unknownTeam =
        new Plan(
            new TeamCode("nobody"),
            TUESDAY,
            null,
            HomeVisitPurpose.APPLICATION,
            DocumentKind.EID,
            AppointmentTestKit.EID,
            null,
            AppointmentTestKit.AN,
            AT_HOME,
            null);
    assertThatThrownBy(() -> service.plan(unknownTeam, AGENT))
        .isInstanceOf(NotFoundException.class);
    Plan yesterday =
        new Plan(
            TEAM,
            TUESDAY.minusDays(2),
            null,
            HomeVisitPurpose.APPLICATION,
            DocumentKind.EID,
            AppointmentTestKit.EID,
            null,
            AppointmentTestKit.AN,
            AT_HOME,
            null);
    assertThatThrownBy(() -> service.plan(yesterday, AGENT)).isInstanceOf(RuntimeException.class);
    assertThat(visits.all()).isEmpty();
    assertThat(documents.count(Status.QUEUED)).isZero();
  }

  @Test
  void aDeliveryBringsTheArrivedDocumentAndItsHandOverQueuesTheActivation() {
    DocumentOrder arrived = arrivedAtTheBase();
    Plan delivery =
        new Plan(
            TEAM,
            TUESDAY,
            null,
            HomeVisitPurpose.DELIVERY,
            null,
            null,
            arrived.id(),
            null,
            AT_HOME,
            null);
    HomeVisit planned = service.plan(delivery, AGENT);
    assertThat(planned.minutes()).isEqualTo(20); // the pickup step's 10 minutes, 10 to set up
    assertThat(planned.citizen()).isEqualTo(arrived.citizen());
    assertThatThrownBy(() -> service.plan(delivery, AGENT))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("planned already");

    worker.sendDue();
    assertThat(kits.loaded.get(planned.id()).productionNumber()).isEqualTo("BP-9");

    kits.report(planned.id(), BiometricsKits.Outcome.HANDED_OVER, TUESDAY.atTime(9, 30), null);
    service.collectReports();
    assertThat(service.get(planned.id()).state()).isEqualTo(HomeVisitState.DONE);
    assertThat(documents.find(arrived.id()).orElseThrow().state())
        .isEqualTo(DocumentState.HANDED_OVER);
    assertThat(documents.list(Status.QUEUED, 10))
        .extracting(FederalOutbox.Entry::call)
        .containsExactly(FederalOutbox.Call.ACTIVATE_DOCUMENT);
  }

  @Test
  void aReportThatCannotApplyHoldsNeitherTheFeedNorTheDocument() {
    DocumentOrder arrived = arrivedAtTheBase();
    HomeVisit planned =
        service.plan(
            new Plan(
                TEAM,
                TUESDAY,
                null,
                HomeVisitPurpose.DELIVERY,
                null,
                null,
                arrived.id(),
                null,
                AT_HOME,
                null),
            AGENT);
    // Meanwhile the card was handed over at the desk (a relative came for it with a proxy): a
    // hand-over at the door cannot apply.
    documents.update(
        arrived.handOver(LocalDateTime.of(2026, 11, 23, 9, 30)), DocumentState.ARRIVED);
    kits.report(planned.id(), BiometricsKits.Outcome.HANDED_OVER, TUESDAY.atTime(9, 30), null);
    kits.report(planned.id(), BiometricsKits.Outcome.NOT_DONE, TUESDAY.atTime(9, 31), "no card");

    assertThat(service.collectReports()).isEqualTo(2);
    assertThat(documents.find(arrived.id()).orElseThrow().endedAt())
        .isEqualTo(LocalDateTime.of(2026, 11, 23, 9, 30));
    assertThat(service.get(planned.id()).state()).isEqualTo(HomeVisitState.MISSED);
    assertThat(service.collectReports()).isZero();
  }

  @Test
  void aDocumentNotYetInTheSafeIsNotBrought() {
    DocumentOrder recorded =
        DocumentOrder.record(
            DocumentKind.EID,
            AppointmentTestKit.EID,
            AppointmentTestKit.AN,
            HUB,
            HUB,
            false,
            "clerk-1",
            LocalDateTime.of(2026, 11, 20, 10, 0));
    documents.insert(recorded);
    Plan delivery =
        new Plan(
            TEAM,
            TUESDAY,
            null,
            HomeVisitPurpose.DELIVERY,
            null,
            null,
            recorded.id(),
            null,
            AT_HOME,
            null);
    assertThatThrownBy(() -> service.plan(delivery, AGENT))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("not in the safe");
  }

  @Test
  void aCancelledVisitIsTakenOffTheKitAndAVisitNotDoneIsMissed() {
    HomeVisit planned = service.plan(application(null, AT_HOME), AGENT);
    kits.down = true;
    worker.sendDue(); // the kit service is down: the loading waits
    assertThat(documents.list(Status.QUEUED, 10).get(0).lastError()).contains("down");
    kits.down = false;

    HomeVisit cancelled = service.cancel(planned.id(), "the citizen moved to a care home", AGENT);
    assertThat(cancelled.state()).isEqualTo(HomeVisitState.CANCELLED);
    clock.set(LocalDateTime.of(2026, 11, 23, 10, 0));
    worker.sendDue();
    assertThat(kits.loaded).doesNotContainKey(planned.id());
    assertThat(kits.unloaded).containsExactly(planned.id());
    assertThat(documents.count(Status.DONE)).isEqualTo(2);

    HomeVisit other = service.plan(application(null, AT_HOME), AGENT);
    kits.report(other.id(), BiometricsKits.Outcome.NOT_DONE, TUESDAY.atTime(9, 20), "nobody home");
    service.collectReports();
    HomeVisit missed = service.get(other.id());
    assertThat(missed.state()).isEqualTo(HomeVisitState.MISSED);
    assertThat(missed.endReason()).isEqualTo("nobody home");
    // Its time is free again for another visit.
    assertThat(service.plan(application(null, AT_HOME), AGENT).start()).isEqualTo(other.start());
  }

  private DocumentOrder arrivedAtTheBase() {
    DocumentOrder order =
        DocumentOrder.record(
                DocumentKind.EID,
                AppointmentTestKit.EID,
                AppointmentTestKit.AN,
                HUB,
                HUB,
                false,
                "clerk-1",
                LocalDateTime.of(2026, 11, 10, 10, 0))
            .ordered("BP-9")
            .reported(DocumentState.IN_PRODUCTION, LocalDateTime.of(2026, 11, 11, 10, 0), null)
            .reported(DocumentState.DISPATCHED, LocalDateTime.of(2026, 11, 16, 10, 0), null)
            .reported(DocumentState.ARRIVED, LocalDateTime.of(2026, 11, 17, 10, 0), null);
    documents.insert(order);
    return order;
  }

  /** The visits, in memory. */
  static final class InMemoryHomeVisits implements HomeVisitStore {
    private final Map<UUID, HomeVisit> visits = new LinkedHashMap<>();

    synchronized List<HomeVisit> all() {
      return List.copyOf(visits.values());
    }

    @Override
    public void lockDay(TeamCode team, LocalDate day) {}

    @Override
    public synchronized void insert(HomeVisit visit) {
      if (visits.putIfAbsent(visit.id(), visit) != null) {
        throw new IllegalStateException("visit " + visit.id() + " exists");
      }
    }

    @Override
    public synchronized Optional<HomeVisit> find(UUID id) {
      return Optional.ofNullable(visits.get(id));
    }

    @Override
    public synchronized boolean update(HomeVisit visit, HomeVisitState expected) {
      HomeVisit current = visits.get(visit.id());
      if (current == null || current.state() != expected) {
        return false;
      }
      visits.put(visit.id(), visit);
      return true;
    }

    @Override
    public synchronized List<HomeVisit> onDay(TeamCode team, LocalDate day) {
      return visits.values().stream()
          .filter(v -> v.team().equals(team) && v.day().equals(day))
          .sorted(Comparator.comparing(HomeVisit::start))
          .toList();
    }

    @Override
    public synchronized List<HomeVisit> forDocument(UUID documentOrderId) {
      return visits.values().stream()
          .filter(v -> documentOrderId.equals(v.documentOrderId()))
          .toList();
    }
  }

  /** The kits' sync service, in memory: what is loaded, what was reported, down on request. */
  static final class FakeKits implements BiometricsKits {
    final Map<UUID, KitVisit> loaded = new LinkedHashMap<>();
    final List<UUID> unloaded = new ArrayList<>();
    final List<KitReport> reports = new ArrayList<>();
    boolean down;

    void report(UUID visit, Outcome outcome, LocalDateTime at, String reason) {
      reports.add(
          new KitReport(
              reports.size() + 1L, visit, "kit-01", outcome, at, "operator-1", true, reason));
    }

    private void requireUp() {
      if (down) {
        throw new SystemUnavailableException("kits", "down for maintenance");
      }
    }

    @Override
    public void load(KitVisit visit) {
      requireUp();
      loaded.put(visit.visitId(), visit);
    }

    @Override
    public void unload(String kit, UUID visitId) {
      requireUp();
      loaded.remove(visitId);
      unloaded.add(visitId);
    }

    @Override
    public KitReports reportsAfter(long cursor, int limit) {
      requireUp();
      List<KitReport> page =
          reports.stream().filter(r -> r.sequence() > cursor).limit(limit).toList();
      return new KitReports(page, page.isEmpty() ? cursor : page.get(page.size() - 1).sequence());
    }
  }
}
