package be.loketopmaat.adapters.federal.simulator;

import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.location.Address;
import be.loketopmaat.domain.population.HouseholdMember;
import be.loketopmaat.domain.population.HouseholdRole;
import be.loketopmaat.domain.population.Nationality;
import be.loketopmaat.domain.population.NisCode;
import be.loketopmaat.domain.population.Person;
import be.loketopmaat.domain.population.PersonName;
import be.loketopmaat.domain.population.Residence;
import be.loketopmaat.domain.renewal.ExpiringCard;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The people the simulated register knows. Made-up people with national numbers whose check digits
 * are right, so that they pass the domain's own check and reach the register.
 */
public final class MagdaPersonas {
  /** Jan Peeters, reference person of a household of four in Antwerp. */
  public static final NationalNumber ANTWERP_RESIDENT = NationalNumber.of("85073100328");

  public static final NationalNumber ANTWERP_PARTNER = NationalNumber.of("87041200535");
  public static final NationalNumber ANTWERP_CHILD = NationalNumber.of("15062000770");
  public static final NationalNumber ANTWERP_YOUNGEST = NationalNumber.of("19030501194");

  /** Daan de Vries, a Dutch national living alone in Antwerp. */
  public static final NationalNumber ANTWERP_FOREIGN_NATIONAL = NationalNumber.of("75010206106");

  /** Pieter Maes, registered in Leuven: not a resident of Antwerp. */
  public static final NationalNumber LEUVEN_RESIDENT = NationalNumber.of("92011502311");

  /** Georges Dubois, who lived in Antwerp and died on 3 November 2025. */
  public static final NationalNumber DECEASED = NationalNumber.of("40022801794");

  /** A number with right check digits that the register does not know: answered with 30003. */
  public static final NationalNumber UNKNOWN = NationalNumber.of("93072103180");

  /**
   * A number whose check digits are right but whose birth date (30 February 1988) cannot exist: the
   * domain lets it through, the register answers 20002.
   */
  public static final NationalNumber IMPOSSIBLE_BIRTH_DATE = NationalNumber.of("88023004544");

  private MagdaPersonas() {}

  static Map<NationalNumber, Person> all() {
    Residence antwerp =
        new Residence(
            new Address("Lange Nieuwstraat 7", "2000", "Antwerpen"),
            NisCode.ANTWERP,
            LocalDate.of(2014, 9, 1));
    List<HouseholdMember> peeters =
        List.of(
            member(ANTWERP_RESIDENT, "Jan", "Peeters", HouseholdRole.REFERENCE_PERSON),
            member(ANTWERP_PARTNER, "Thomas", "Janssens", HouseholdRole.PARTNER),
            member(ANTWERP_CHILD, "Lucas", "Peeters", HouseholdRole.CHILD),
            member(ANTWERP_YOUNGEST, "Noah Émile", "Peeters", HouseholdRole.CHILD));
    Stream<Person> people =
        Stream.of(
            new Person(
                ANTWERP_RESIDENT,
                new PersonName("Jan", "Peeters"),
                LocalDate.of(1985, 7, 31),
                Nationality.BELGIAN,
                antwerp,
                peeters,
                null),
            new Person(
                ANTWERP_PARTNER,
                new PersonName("Thomas", "Janssens"),
                LocalDate.of(1987, 4, 12),
                Nationality.BELGIAN,
                antwerp,
                peeters,
                null),
            new Person(
                ANTWERP_CHILD,
                new PersonName("Lucas", "Peeters"),
                LocalDate.of(2015, 6, 20),
                Nationality.BELGIAN,
                antwerp,
                peeters,
                null),
            new Person(
                ANTWERP_YOUNGEST,
                new PersonName("Noah Émile", "Peeters"),
                LocalDate.of(2019, 3, 5),
                Nationality.BELGIAN,
                antwerp,
                peeters,
                null),
            new Person(
                ANTWERP_FOREIGN_NATIONAL,
                new PersonName("Daan", "de Vries"),
                LocalDate.of(1975, 1, 2),
                new Nationality("NL"),
                new Residence(
                    new Address("Kloosterstraat 88 bus 3", "2000", "Antwerpen"),
                    NisCode.ANTWERP,
                    LocalDate.of(2020, 2, 15)),
                List.of(
                    member(
                        ANTWERP_FOREIGN_NATIONAL,
                        "Daan",
                        "de Vries",
                        HouseholdRole.REFERENCE_PERSON)),
                null),
            new Person(
                LEUVEN_RESIDENT,
                new PersonName("Pieter", "Maes"),
                LocalDate.of(1992, 1, 15),
                Nationality.BELGIAN,
                new Residence(
                    new Address("Naamsestraat 50", "3000", "Leuven"),
                    NisCode.LEUVEN,
                    LocalDate.of(2018, 10, 1)),
                List.of(member(LEUVEN_RESIDENT, "Pieter", "Maes", HouseholdRole.REFERENCE_PERSON)),
                null),
            new Person(
                DECEASED,
                new PersonName("Georges", "Dubois"),
                LocalDate.of(1940, 2, 28),
                Nationality.BELGIAN,
                new Residence(
                    new Address("De Keyserlei 20", "2018", "Antwerpen"),
                    NisCode.ANTWERP,
                    LocalDate.of(1971, 5, 1)),
                List.of(),
                LocalDate.of(2025, 11, 3)));
    return people.collect(Collectors.toUnmodifiableMap(Person::insz, Function.identity()));
  }

  /**
   * The identity cards of the living Antwerp personas, for {@code GeefVervallendeKaarten}: Jan
   * Peeters's runs out on 30 June 2031 (he gave an e-mail address), Daan de Vries's on 15 March
   * 2030 (he gave none: a letter). Tests add cards that run out within their own horizon.
   */
  static List<ExpiringCard> cards() {
    return List.of(
        new ExpiringCard(
            ANTWERP_RESIDENT,
            "592123456789",
            LocalDate.of(2031, 6, 30),
            new PersonName("Jan", "Peeters"),
            new Address("Lange Nieuwstraat 7", "2000", "Antwerpen"),
            Language.NL,
            "jan.peeters@example.be",
            null),
        new ExpiringCard(
            ANTWERP_FOREIGN_NATIONAL,
            "B01234567",
            LocalDate.of(2030, 3, 15),
            new PersonName("Daan", "de Vries"),
            new Address("Kloosterstraat 88 bus 3", "2000", "Antwerpen"),
            Language.NL,
            null,
            null));
  }

  static Optional<Person> find(NationalNumber insz) {
    return Optional.ofNullable(all().get(insz));
  }

  private static HouseholdMember member(
      NationalNumber insz, String given, String family, HouseholdRole role) {
    return new HouseholdMember(insz, new PersonName(given, family), role);
  }
}
