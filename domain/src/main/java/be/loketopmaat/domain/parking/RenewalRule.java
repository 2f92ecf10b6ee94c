package be.loketopmaat.domain.parking;

import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.location.Address;
import be.loketopmaat.domain.population.HouseholdMember;
import be.loketopmaat.domain.population.NisCode;
import be.loketopmaat.domain.population.Person;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * When a resident parking permit renews on its own: the register shows its holder alive, living in
 * the city at the address the permit was granted for, with the same household. Otherwise the holder
 * is invited to apply, for the first reason that holds: not registered (unknown to the register, or
 * living in another municipality), deceased, moved, household changed.
 *
 * <p>Addresses are compared as the register writes them, ignoring case and spacing; a household the
 * register does not give is the holder alone.
 */
public final class RenewalRule {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final NisCode city;

  public RenewalRule(NisCode city) {
    this.city = city;
  }

  /** Why the permit does not renew, given what the register says; empty when it renews. */
  public Optional<InvitationReason> reasonNotToRenew(ParkingPermit permit, Optional<Person> read) {
    if (read.isEmpty()) {
      return Optional.of(InvitationReason.NOT_REGISTERED);
    }
    Person person = read.get();
    if (person.isDeceased()) {
      return Optional.of(InvitationReason.DECEASED);
    }
    if (!person.isRegisteredIn(city)) {
      return Optional.of(InvitationReason.NOT_REGISTERED);
    }
    if (!sameAddress(permit.address(), person.residence().address())) {
      return Optional.of(InvitationReason.MOVED);
    }
    if (!household(person).equals(permit.household())) {
      return Optional.of(InvitationReason.HOUSEHOLD_CHANGED);
    }
    return Optional.empty();
  }

  /** The decision on the permit's current period, given what the register says. */
  public RenewalDecision decide(
      ParkingPermit permit,
      Optional<Person> read,
      LocalDate runDate,
      String by,
      LocalDateTime now) {
    return reasonNotToRenew(permit, read)
        .map(reason -> invite(permit, reason, runDate, by, now))
        .orElseGet(
            () ->
                new RenewalDecision(
                    permit.id(),
                    permit.validUntil(),
                    RenewalOutcome.RENEWED,
                    null,
                    permit.validUntil().plus(ParkingPermit.RENEWAL),
                    runDate,
                    by,
                    now));
  }

  /** The decision to invite the holder to apply, for {@code reason}. */
  public static RenewalDecision invite(
      ParkingPermit permit,
      InvitationReason reason,
      LocalDate runDate,
      String by,
      LocalDateTime now) {
    return new RenewalDecision(
        permit.id(), permit.validUntil(), RenewalOutcome.INVITED, reason, null, runDate, by, now);
  }

  static boolean sameAddress(Address granted, Address now) {
    return words(granted.street()).equals(words(now.street()))
        && granted.postalCode().equals(now.postalCode())
        && words(granted.municipality()).equals(words(now.municipality()));
  }

  private static String words(String text) {
    return SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }

  private static List<NationalNumber> household(Person person) {
    return ParkingPermit.members(
        person.household().stream().map(HouseholdMember::insz), person.insz());
  }
}
