package be.loketopmaat.domain.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.location.Address;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonTest {
  private static final NationalNumber AN = NationalNumber.of("85073100328");
  private static final NationalNumber BART = NationalNumber.of("01020300170");
  private static final Residence ANTWERP =
      new Residence(
          new Address("Grote Markt 1", "2000", "Antwerpen"),
          NisCode.ANTWERP,
          LocalDate.of(2015, 3, 1));

  private static Person an(List<HouseholdMember> household, LocalDate deathDate) {
    return new Person(
        AN,
        new PersonName("An", "Peeters"),
        LocalDate.of(1985, 7, 31),
        Nationality.BELGIAN,
        ANTWERP,
        household,
        deathDate);
  }

  private static HouseholdMember member(NationalNumber insz, HouseholdRole role) {
    return new HouseholdMember(insz, new PersonName("X", "Peeters"), role);
  }

  @Test
  void aResidentWithAHousehold() {
    Person person =
        an(
            List.of(member(AN, HouseholdRole.REFERENCE_PERSON), member(BART, HouseholdRole.CHILD)),
            null);

    assertThat(person.isRegisteredIn(NisCode.ANTWERP)).isTrue();
    assertThat(person.isRegisteredIn(NisCode.LEUVEN)).isFalse();
    assertThat(person.isDeceased()).isFalse();
    assertThat(person.referencePerson()).map(HouseholdMember::insz).contains(AN);
  }

  @Test
  void aHouseholdMustListThePersonOnceWithOneReferencePerson() {
    assertThatThrownBy(() -> an(List.of(member(BART, HouseholdRole.REFERENCE_PERSON)), null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("must list the person themselves");
    assertThatThrownBy(
            () ->
                an(
                    List.of(member(AN, HouseholdRole.PARTNER), member(BART, HouseholdRole.CHILD)),
                    null))
        .hasMessageContaining("exactly one reference person");
    assertThatThrownBy(
            () ->
                an(
                    List.of(
                        member(AN, HouseholdRole.REFERENCE_PERSON),
                        member(AN, HouseholdRole.CHILD)),
                    null))
        .hasMessageContaining("must not list a person twice");
  }

  @Test
  void aPersonWithoutHouseholdIsAllowed() {
    assertThat(an(null, null).household()).isEmpty();
    assertThat(an(List.of(), null).referencePerson()).isEmpty();
  }

  @Test
  void death() {
    assertThat(an(List.of(), LocalDate.of(2024, 1, 2)).isDeceased()).isTrue();
    assertThatThrownBy(() -> an(List.of(), LocalDate.of(1980, 1, 1)))
        .hasMessageContaining("deathDate: must not be before the birth date");
  }

  @Test
  void everyMissingFieldIsReportedAtOnce() {
    assertThatThrownBy(() -> new Person(null, null, null, null, null, null, null))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).violations())
                    .extracting(v -> v.field())
                    .containsExactly("insz", "name", "birthDate", "nationality", "residence"));
  }

  @Test
  void valueObjects() {
    assertThat(NisCode.of(" 11002 ").value()).isEqualTo("11002");
    assertThatThrownBy(() -> NisCode.of("1100")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> NisCode.of("01002")).isInstanceOf(InvalidInputException.class);
    assertThat(new Nationality("nl").countryCode()).isEqualTo("NL");
    assertThat(Nationality.BELGIAN.isBelgian()).isTrue();
    assertThatThrownBy(() -> new Nationality("BEL")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new PersonName(" ", "Peeters")).hasMessageContaining("givenNames");
    assertThat(new PersonName(" An ", "Peeters").full()).isEqualTo("An Peeters");
  }
}
