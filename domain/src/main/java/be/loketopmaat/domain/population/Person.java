package be.loketopmaat.domain.population;

import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.Violations;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the population register says about a person: name, birth date, nationality, main residence
 * and household, and the date of death if the person died ({@code null} while alive).
 *
 * <p>A household, when the register gives one, lists the person too, has exactly one reference
 * person and names nobody twice: an answer that breaks this is refused rather than half believed.
 */
public record Person(
    NationalNumber insz,
    PersonName name,
    LocalDate birthDate,
    Nationality nationality,
    Residence residence,
    List<HouseholdMember> household,
    LocalDate deathDate) {

  public Person {
    Violations violations =
        new Violations()
            .requireNonNull(insz, "insz")
            .requireNonNull(name, "name")
            .requireNonNull(birthDate, "birthDate")
            .requireNonNull(nationality, "nationality")
            .requireNonNull(residence, "residence")
            .requireNoNulls(household, "household");
    household = household == null ? List.of() : List.copyOf(household);
    if (deathDate != null && birthDate != null) {
      violations.require(
          !deathDate.isBefore(birthDate), "deathDate", "must not be before the birth date");
    }
    if (!household.isEmpty()) {
      Set<NationalNumber> seen = new HashSet<>();
      boolean everyoneOnce = household.stream().allMatch(member -> seen.add(member.insz()));
      long referencePersons =
          household.stream().filter(m -> m.role() == HouseholdRole.REFERENCE_PERSON).count();
      violations
          .require(everyoneOnce, "household", "must not list a person twice")
          .require(referencePersons == 1, "household", "must have exactly one reference person")
          .require(seen.contains(insz), "household", "must list the person themselves");
    }
    violations.throwIfAny();
  }

  public boolean isDeceased() {
    return deathDate != null;
  }

  /** Whether the person's main residence is in the given municipality. */
  public boolean isRegisteredIn(NisCode municipality) {
    return residence.municipality().equals(municipality);
  }

  /** The household's reference person; empty when the register gave no household. */
  public Optional<HouseholdMember> referencePerson() {
    return household.stream().filter(m -> m.role() == HouseholdRole.REFERENCE_PERSON).findFirst();
  }
}
