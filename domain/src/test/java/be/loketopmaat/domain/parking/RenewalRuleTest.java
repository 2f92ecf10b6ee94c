package be.loketopmaat.domain.parking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.location.Address;
import be.loketopmaat.domain.population.HouseholdMember;
import be.loketopmaat.domain.population.HouseholdRole;
import be.loketopmaat.domain.population.Nationality;
import be.loketopmaat.domain.population.NisCode;
import be.loketopmaat.domain.population.Person;
import be.loketopmaat.domain.population.PersonName;
import be.loketopmaat.domain.population.Residence;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RenewalRuleTest {
  static final NationalNumber HOLDER = NationalNumber.of("85073100328");
  static final NationalNumber PARTNER = NationalNumber.of("87041200535");
  static final NationalNumber CHILD = NationalNumber.of("15062000770");
  static final Address HOME = new Address("Lange Nieuwstraat 7", "2000", "Antwerpen");
  static final LocalDate UNTIL = LocalDate.of(2027, 1, 31);
  static final LocalDateTime NOW = LocalDateTime.of(2027, 1, 4, 2, 0);

  private final RenewalRule rule = new RenewalRule(NisCode.ANTWERP);

  static ParkingPermit permit() {
    return ParkingPermit.grant(
        Citizen.reachable(HOLDER, "Jan Peeters", "jan@example.be", null, Language.NL),
        HOME,
        List.of(PARTNER),
        new LicencePlate("1-abc-234"),
        "A1",
        LocalDate.of(2026, 2, 1),
        UNTIL,
        "import",
        NOW.minusYears(1));
  }

  static Person person(
      Address address, NisCode municipality, LocalDate death, NationalNumber... others) {
    List<HouseholdMember> household =
        new java.util.ArrayList<>(
            List.of(
                new HouseholdMember(
                    HOLDER, new PersonName("Jan", "Peeters"), HouseholdRole.REFERENCE_PERSON)));
    for (NationalNumber other : others) {
      household.add(new HouseholdMember(other, new PersonName("X", "Y"), HouseholdRole.PARTNER));
    }
    return new Person(
        HOLDER,
        new PersonName("Jan", "Peeters"),
        LocalDate.of(1985, 7, 31),
        Nationality.BELGIAN,
        new Residence(address, municipality, LocalDate.of(2014, 9, 1)),
        household,
        death);
  }

  @Test
  void renewsWhenAddressAndHouseholdAreTheSame() {
    ParkingPermit permit = permit();
    RenewalDecision decision =
        rule.decide(
            permit,
            Optional.of(person(HOME, NisCode.ANTWERP, null, PARTNER)),
            NOW.toLocalDate(),
            "run",
            NOW);

    assertThat(decision.outcome()).isEqualTo(RenewalOutcome.RENEWED);
    assertThat(decision.reason()).isNull();
    assertThat(decision.periodEnd()).isEqualTo(UNTIL);
    assertThat(decision.renewedUntil()).isEqualTo(LocalDate.of(2028, 1, 31));
    ParkingPermit renewed = decision.applyTo(permit);
    assertThat(renewed.validFrom()).isEqualTo(LocalDate.of(2027, 2, 1));
    assertThat(renewed.validUntil()).isEqualTo(LocalDate.of(2028, 1, 31));
    assertThat(renewed.state()).isEqualTo(PermitState.ACTIVE);
    assertThat(renewed.plate()).isEqualTo(permit.plate());
  }

  @Test
  void addressesDifferingOnlyInCaseAndSpacingAreTheSame() {
    Address written = new Address(" lange  nieuwstraat 7", "2000", "ANTWERPEN");
    assertThat(
            rule.reasonNotToRenew(
                permit(), Optional.of(person(written, NisCode.ANTWERP, null, PARTNER))))
        .isEmpty();
  }

  @Test
  void anotherAddressInTheCityIsAMove() {
    ParkingPermit permit = permit();
    Address other = new Address("Kloosterstraat 88", "2000", "Antwerpen");
    RenewalDecision decision =
        rule.decide(
            permit,
            Optional.of(person(other, NisCode.ANTWERP, null, PARTNER)),
            NOW.toLocalDate(),
            "run",
            NOW);

    assertThat(decision.outcome()).isEqualTo(RenewalOutcome.INVITED);
    assertThat(decision.reason()).isEqualTo(InvitationReason.MOVED);
    assertThat(decision.renewedUntil()).isNull();
    assertThat(decision.applyTo(permit).state()).isEqualTo(PermitState.INVITED);
  }

  @Test
  void anotherPostalCodeIsAMove() {
    Address other = new Address("Lange Nieuwstraat 7", "2018", "Antwerpen");
    assertThat(
            rule.reasonNotToRenew(
                permit(), Optional.of(person(other, NisCode.ANTWERP, null, PARTNER))))
        .contains(InvitationReason.MOVED);
  }

  @Test
  void aMemberLeftOrJoinedIsAHouseholdChange() {
    assertThat(rule.reasonNotToRenew(permit(), Optional.of(person(HOME, NisCode.ANTWERP, null))))
        .contains(InvitationReason.HOUSEHOLD_CHANGED);
    assertThat(
            rule.reasonNotToRenew(
                permit(), Optional.of(person(HOME, NisCode.ANTWERP, null, PARTNER, CHILD))))
        .contains(InvitationReason.HOUSEHOLD_CHANGED);
  }

  @Test
  void aHolderLivingAloneWithoutAHouseholdInTheRegisterIsTheSameHousehold() {
    ParkingPermit alone =
        ParkingPermit.grant(
            permit().holder(),
            HOME,
            List.of(),
            permit().plate(),
            "A1",
            permit().validFrom(),
            UNTIL,
            "import",
            NOW);
    Person withoutHousehold =
        new Person(
            HOLDER,
            new PersonName("Jan", "Peeters"),
            LocalDate.of(1985, 7, 31),
            Nationality.BELGIAN,
            new Residence(HOME, NisCode.ANTWERP, LocalDate.of(2014, 9, 1)),
            List.of(),
            null);
    assertThat(rule.reasonNotToRenew(alone, Optional.of(withoutHousehold))).isEmpty();
  }

  @Test
  void unknownToTheRegisterOrRegisteredElsewhereIsNotRegistered() {
    assertThat(rule.reasonNotToRenew(permit(), Optional.empty()))
        .contains(InvitationReason.NOT_REGISTERED);
    Address leuven = new Address("Naamsestraat 50", "3000", "Leuven");
    assertThat(
            rule.reasonNotToRenew(
                permit(), Optional.of(person(leuven, NisCode.LEUVEN, null, PARTNER))))
        .contains(InvitationReason.NOT_REGISTERED);
  }

  @Test
  void aDeceasedHolderIsNotRenewedWhateverTheAddress() {
    assertThat(
            rule.reasonNotToRenew(
                permit(),
                Optional.of(person(HOME, NisCode.ANTWERP, LocalDate.of(2026, 12, 1), PARTNER))))
        .contains(InvitationReason.DECEASED);
  }

  @Test
  void aPermitIsDueWhenActiveAndEndingWithinTheHorizon() {
    ParkingPermit permit = permit();
    assertThat(permit.isDueBy(UNTIL)).isTrue();
    assertThat(permit.isDueBy(UNTIL.minusDays(1))).isFalse();
    assertThat(permit.invited().isDueBy(UNTIL)).isFalse();
    assertThat(permit.renewed().isDueBy(UNTIL)).isFalse();
  }

  @Test
  void aDecisionIsForThePermitsCurrentPeriodOnly() {
    ParkingPermit permit = permit();
    RenewalDecision decision =
        RenewalRule.invite(permit, InvitationReason.MOVED, NOW.toLocalDate(), "run", NOW);
    assertThatThrownBy(() -> decision.applyTo(permit.renewed()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> permit.invited().renewed()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theHouseholdAlwaysListsTheHolderOnceAndSorted() {
    ParkingPermit permit =
        ParkingPermit.grant(
            permit().holder(),
            HOME,
            List.of(PARTNER, HOLDER, CHILD, PARTNER),
            permit().plate(),
            "A1",
            permit().validFrom(),
            UNTIL,
            "import",
            NOW);
    assertThat(permit.household()).containsExactly(CHILD, HOLDER, PARTNER);
  }

  @Test
  void refusesABadPlateZoneOrPeriod() {
    assertThatThrownBy(() -> new LicencePlate("1-ABC-234-XYZ-99"))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new LicencePlate(" ")).isInstanceOf(InvalidInputException.class);
    assertThat(new LicencePlate(" 1-abc-234 ").value()).isEqualTo("1-ABC-234");
    assertThatThrownBy(
            () ->
                ParkingPermit.grant(
                    permit().holder(),
                    HOME,
                    List.of(),
                    permit().plate(),
                    "zone with spaces",
                    UNTIL,
                    UNTIL.minusDays(1),
                    "import",
                    NOW))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).violations())
                    .extracting(v -> v.field())
                    .containsExactlyInAnyOrder("zone", "validUntil"));
  }
}
