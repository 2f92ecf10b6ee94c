package be.loketopmaat.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.application.port.in.ParkingPermitsUseCase.NewPermit;
import be.loketopmaat.application.port.in.ParkingPermitsUseCase.RunSummary;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.location.Address;
import be.loketopmaat.domain.notification.MessageKind;
import be.loketopmaat.domain.parking.InvitationReason;
import be.loketopmaat.domain.parking.LicencePlate;
import be.loketopmaat.domain.parking.ParkingPermit;
import be.loketopmaat.domain.parking.PermitState;
import be.loketopmaat.domain.parking.RenewalDecision;
import be.loketopmaat.domain.parking.RenewalOutcome;
import be.loketopmaat.domain.population.HouseholdMember;
import be.loketopmaat.domain.population.HouseholdRole;
import be.loketopmaat.domain.population.Nationality;
import be.loketopmaat.domain.population.NisCode;
import be.loketopmaat.domain.population.Person;
import be.loketopmaat.domain.population.PersonName;
import be.loketopmaat.domain.population.RefusalReason;
import be.loketopmaat.domain.population.Residence;
import be.loketopmaat.domain.staff.StaffMember;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParkingPermitsTest {
  static final LocalDate RUN = LocalDate.of(2027, 1, 4);
  static final Address HOME = new Address("Lange Nieuwstraat 7", "2000", "Antwerpen");
  static final StaffMember CLERK = new StaffMember("clerk-1", "Clerk One");

  final InMemoryParkingPermits store = new InMemoryParkingPermits();
  final FakePopulationRegister register = new FakePopulationRegister();
  final InMemoryRegisterReads reads = new InMemoryRegisterReads();
  final InMemoryOutbox outbox = new InMemoryOutbox();
  final ParkingPermitService service =
      new ParkingPermitService(
          store,
          register,
          reads,
          outbox,
          store,
          NisCode.ANTWERP,
          Period.ofDays(30),
          3,
          Clock.fixed(RUN.atTime(2, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

  /** The n-th made-up national number (born 1970 on), with right check digits. */
  static NationalNumber insz(int n) {
    LocalDate born = LocalDate.of(1970, 1, 1).plusDays(n / 900L);
    String first9 =
        String.format(
            "%02d%02d%02d%03d",
            born.getYear() % 100, born.getMonthValue(), born.getDayOfMonth(), n % 900 + 1);
    long check = 97 - Long.parseLong(first9) % 97;
    return NationalNumber.of(first9 + String.format("%02d", check));
  }

  /** A permit for holder n living with n+1, ending {@code until}; the register agrees. */
  ParkingPermit permit(int n, LocalDate until) {
    NationalNumber holder = insz(n);
    NationalNumber partner = insz(n + 1);
    ParkingPermit permit =
        service.register(
            new NewPermit(
                Citizen.reachable(
                    holder, "Holder " + n, "holder" + n + "@example.be", null, Language.NL),
                HOME,
                List.of(partner),
                new LicencePlate("1-ABC-" + (100 + n)),
                "A1",
                until.minusYears(1).plusDays(1),
                until),
            CLERK);
    register.people.put(holder, person(holder, HOME, NisCode.ANTWERP, null, partner));
    return permit;
  }

  static Person person(
      NationalNumber insz,
      Address address,
      NisCode municipality,
      LocalDate death,
      NationalNumber... others) {
    List<HouseholdMember> household = new ArrayList<>();
    household.add(
        new HouseholdMember(insz, new PersonName("A", "B"), HouseholdRole.REFERENCE_PERSON));
    for (NationalNumber other : others) {
      household.add(new HouseholdMember(other, new PersonName("C", "D"), HouseholdRole.PARTNER));
    }
    return new Person(
        insz,
        new PersonName("A", "B"),
        LocalDate.of(1970, 1, 1),
        Nationality.BELGIAN,
        new Residence(address, municipality, LocalDate.of(2010, 1, 1)),
        household,
        death);
  }

  @Test
  void renewsWhatDidNotChangeAndInvitesTheOthersWithTheReason() {
    ParkingPermit same = permit(0, RUN.plusDays(20));
    ParkingPermit moved = permit(10, RUN.plusDays(30));
    ParkingPermit grown = permit(20, RUN.plusDays(1));
    ParkingPermit gone = permit(30, RUN.plusDays(5));
    ParkingPermit died = permit(40, RUN.plusDays(5));
    ParkingPermit elsewhere = permit(50, RUN.plusDays(5));
    ParkingPermit later = permit(60, RUN.plusDays(31));
    register.people.put(
        insz(10),
        person(
            insz(10),
            new Address("Kloosterstraat 1", "2000", "Antwerpen"),
            NisCode.ANTWERP,
            null,
            insz(11)));
    register.people.put(
        insz(20), person(insz(20), HOME, NisCode.ANTWERP, null, insz(21), insz(22)));
    register.people.remove(insz(30));
    register.people.put(
        insz(40), person(insz(40), HOME, NisCode.ANTWERP, RUN.minusDays(3), insz(41)));
    register.people.put(
        insz(50),
        person(
            insz(50),
            new Address("Naamsestraat 50", "3000", "Leuven"),
            NisCode.LEUVEN,
            null,
            insz(51)));

    RunSummary summary = service.renew(RUN, "renewal schedule");

    assertThat(summary.complete()).isTrue();
    assertThat(summary.horizonEnd()).isEqualTo(RUN.plusDays(30));
    assertThat(summary.renewed()).isEqualTo(1);
    assertThat(summary.invited()).isEqualTo(5);
    assertThat(summary.invitedBy())
        .isEqualTo(
            Map.of(
                InvitationReason.MOVED, 1,
                InvitationReason.HOUSEHOLD_CHANGED, 1,
                InvitationReason.NOT_REGISTERED, 2,
                InvitationReason.DECEASED, 1));
    assertThat(service.get(same.id()).validUntil()).isEqualTo(RUN.plusDays(20).plusYears(1));
    assertThat(service.get(same.id()).validFrom()).isEqualTo(RUN.plusDays(21));
    assertThat(service.get(moved.id()).state()).isEqualTo(PermitState.INVITED);
    assertThat(service.get(moved.id()).validUntil()).isEqualTo(RUN.plusDays(30));
    assertThat(service.get(later.id())).isEqualTo(later);
    assertThat(service.decisions(RUN, RenewalOutcome.INVITED, 100))
        .extracting(RenewalDecision::permit, RenewalDecision::reason)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(moved.id(), InvitationReason.MOVED),
            org.assertj.core.groups.Tuple.tuple(grown.id(), InvitationReason.HOUSEHOLD_CHANGED),
            org.assertj.core.groups.Tuple.tuple(gone.id(), InvitationReason.NOT_REGISTERED),
            org.assertj.core.groups.Tuple.tuple(died.id(), InvitationReason.DECEASED),
            org.assertj.core.groups.Tuple.tuple(elsewhere.id(), InvitationReason.NOT_REGISTERED));
    assertThat(outbox.list(be.loketopmaat.application.port.out.Outbox.Status.QUEUED, 100))
        .extracting(e -> e.message().kind(), e -> e.message().email())
        .hasSize(5)
        .allSatisfy(t -> assertThat(t.toList().get(0)).isEqualTo(MessageKind.PARKING_INVITATION));
    assertThat(reads.all()).hasSize(6);
    assertThat(reads.of(insz(0), 10))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.purpose()).isEqualTo("parking permit renewal");
              assertThat(r.by()).isEqualTo("renewal schedule");
              assertThat(r.reference()).isEqualTo(same.id().toString());
            });
  }

  @Test
  void runningTwiceForTheSamePeriodDecidesNothingTwice() {
    for (int n = 0; n < 500; n += 2) {
      permit(n, RUN.plusDays(n % 30));
    }
    register.people.put(insz(4), person(insz(4), HOME, NisCode.ANTWERP, null));

    RunSummary first = service.renew(RUN, "staff");
    RunSummary second = service.renew(RUN, "staff");
    RunSummary nextDay = service.renew(RUN.plusDays(1), "staff");

    assertThat(first.renewed()).isEqualTo(249);
    assertThat(first.invited()).isEqualTo(1);
    assertThat(second.renewed() + second.invited()).isZero();
    assertThat(nextDay.renewed() + nextDay.invited()).isZero();
    assertThat(store.allDecisions()).hasSize(250);
    assertThat(outbox.list(be.loketopmaat.application.port.out.Outbox.Status.QUEUED, 100))
        .hasSize(1);
  }

  @Test
  void aRegisterOutageStopsTheRunAndTheNextRunGoesOn() {
    for (int n = 0; n < 1000; n += 2) {
      permit(n, RUN.plusDays(10));
    }
    register.downAfter = 321;

    RunSummary stopped = service.renew(RUN, "staff");

    assertThat(stopped.complete()).isFalse();
    assertThat(stopped.stoppedBecause()).contains("unavailable");
    assertThat(stopped.renewed()).isBetween(1, 321);
    assertThat(store.allDecisions()).hasSize(stopped.renewed());

    register.downAfter = Integer.MAX_VALUE;
    RunSummary resumed = service.renew(RUN, "staff");

    assertThat(resumed.complete()).isTrue();
    assertThat(stopped.renewed() + resumed.renewed()).isEqualTo(500);
    assertThat(store.allDecisions()).hasSize(500);
  }

  @Test
  void aRefusalOfTheRegistersOwnIsLeftForTheNextRun() {
    ParkingPermit permit = permit(0, RUN.plusDays(3));
    register.refusals.put(insz(0), RefusalReason.OTHER);

    RunSummary summary = service.renew(RUN, "staff");

    assertThat(summary.skipped()).isEqualTo(1);
    assertThat(summary.renewed() + summary.invited()).isZero();
    assertThat(service.get(permit.id()).state()).isEqualTo(PermitState.ACTIVE);

    register.refusals.put(insz(0), RefusalReason.UNKNOWN_PERSON);
    assertThat(service.renew(RUN, "staff").invitedBy())
        .isEqualTo(Map.of(InvitationReason.NOT_REGISTERED, 1));
  }

  @Test
  void aCompleteRunForgetsThePermitsThatEndedMoreThanAYearAgo() {
    ParkingPermit old = permit(0, RUN.minusYears(1).minusDays(1));
    ParkingPermit invited = permit(2, RUN.minusYears(1).minusDays(10));
    ParkingPermit recent = permit(4, RUN.minusYears(1));
    store.update(invited.invited(), invited.validUntil());
    register.people.clear(); // the old active one is decided (not registered) before it goes

    service.renew(RUN, "staff");

    assertThat(store.find(old.id())).isEmpty();
    assertThat(store.find(invited.id())).isEmpty();
    assertThat(store.find(recent.id())).isPresent();
    assertThat(store.allDecisions())
        .extracting(RenewalDecision::permit)
        .containsExactly(recent.id());
  }

  @Test
  void badInputIsRefused() {
    assertThatThrownBy(() -> service.renew(null, "staff"))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> service.decisions(RUN, null, 0))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () ->
                service.register(
                    new NewPermit(
                        new Citizen(insz(1), "No Contact", null, null, Language.FR),
                        HOME,
                        List.of(),
                        new LicencePlate("XYZ123"),
                        "A1",
                        RUN,
                        RUN.plusYears(1)),
                    CLERK))
        .isInstanceOf(InvalidInputException.class);
  }
}
