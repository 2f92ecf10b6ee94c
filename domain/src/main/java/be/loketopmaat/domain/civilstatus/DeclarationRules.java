package be.loketopmaat.domain.civilstatus;

import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.Violations;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What makes the facts a declaration of their kind (who must be named, which dates), and whether
 * the law allows it electronically. A birth names the mother, the child and at most one other
 * parent, with their relation; a recognition the recognising parent, the mother and the child; a
 * marriage the two future spouses and the day. Everyone but a child not yet registered is named by
 * their national number, and nobody twice.
 */
final class DeclarationRules {
  private static final Map<DeclarationKind, Map<PartyRole, int[]>> ROLES =
      new EnumMap<>(DeclarationKind.class);

  static {
    // The least and the most of each role a declaration of the kind names.
    ROLES.put(
        DeclarationKind.BIRTH,
        Map.of(
            PartyRole.MOTHER, new int[] {1, 1},
            PartyRole.CHILD, new int[] {1, 1},
            PartyRole.OTHER_PARENT, new int[] {0, 1}));
    ROLES.put(
        DeclarationKind.RECOGNITION,
        Map.of(
            PartyRole.RECOGNISING_PARENT, new int[] {1, 1},
            PartyRole.MOTHER, new int[] {1, 1},
            PartyRole.CHILD, new int[] {1, 1}));
    ROLES.put(DeclarationKind.MARRIAGE, Map.of(PartyRole.SPOUSE, new int[] {2, 2}));
  }

  private DeclarationRules() {}

  /**
   * @throws be.loketopmaat.domain.common.InvalidInputException naming each field that is wrong
   */
  static void check(Declaration.Facts facts, LocalDate today) {
    Violations violations =
        new Violations()
            .requireNonNull(facts.kind(), "kind")
            .requireNonNull(facts.declarant(), "declarant")
            .requireNonNull(facts.language(), "language")
            .requireNonNull(facts.parties(), "persons")
            .requireNoNulls(facts.parties(), "persons");
    violations.throwIfAny();
    List<Party> parties = facts.parties();
    violations.require(
        !parties.isEmpty() && parties.size() <= Declaration.MAX_PARTIES,
        "persons",
        "must name 1 to {0} persons",
        Declaration.MAX_PARTIES);
    Map<PartyRole, int[]> roles = ROLES.get(facts.kind());
    for (PartyRole role : PartyRole.values()) {
      long named = parties.stream().filter(p -> p.role() == role).count();
      int[] range = roles.getOrDefault(role, new int[] {0, 0});
      violations.require(
          named >= range[0] && named <= range[1],
          "persons",
          "a declaration of a {0} names {1} to {2} persons as {3}",
          facts.kind(),
          range[0],
          range[1],
          role);
    }
    List<NationalNumber> numbers =
        parties.stream().map(Party::insz).filter(Objects::nonNull).toList();
    violations.require(
        Set.copyOf(numbers).size() == numbers.size(),
        "persons",
        "names the same national number twice");
    switch (facts.kind()) {
      case BIRTH -> {
        violations.requireNonNull(facts.relation(), "relation");
        violations.requireNonNull(facts.eventDate(), "eventDate");
        violations.require(
            facts.eventDate() == null || !facts.eventDate().isAfter(today),
            "eventDate",
            "a birth is declared once the child is born: the date must not be after {0}",
            today);
      }
      case RECOGNITION ->
          violations.require(
              parties.stream()
                  .anyMatch(
                      p ->
                          p.role() == PartyRole.RECOGNISING_PARENT
                              && p.insz().equals(facts.declarant())),
              "declarant",
              "a recognition is declared by the parent who recognises the child");
      case MARRIAGE -> {
        violations.require(
            numbers.contains(facts.declarant()),
            "declarant",
            "a marriage is declared by one of the future spouses");
        violations.requireNonNull(facts.eventDate(), "eventDate");
        violations.require(
            facts.eventDate() == null || facts.eventDate().isAfter(today),
            "eventDate",
            "the wedding day must be after {0}",
            today);
      }
    }
    violations.throwIfAny();
  }

  /** Why the declaration must go to the counter, if it must. */
  static Optional<CounterReason> whyNotElectronic(Declaration.Facts facts) {
    if (facts.kind() != DeclarationKind.BIRTH) {
      return Optional.empty();
    }
    NationalNumber mother = insz(facts.parties(), PartyRole.MOTHER);
    NationalNumber other = insz(facts.parties(), PartyRole.OTHER_PARENT);
    return ElectronicBirthRule.whyNotElectronic(facts.declarant(), mother, other, facts.relation());
  }

  private static NationalNumber insz(List<Party> parties, PartyRole role) {
    return parties.stream().filter(p -> p.role() == role).map(Party::insz).findFirst().orElse(null);
  }
}
