package be.loketopmaat.domain.parking;

import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.Violations;
import be.loketopmaat.domain.location.Address;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A resident parking permit: granted to its holder for the address they live at and the household
 * they live with, for one vehicle (its plate is part of the permit), in one parking zone, from
 * {@code validFrom} until {@code validUntil} inclusive. Immutable: a renewal or an invitation gives
 * a new permit.
 *
 * <p>The household is kept as its members' national numbers only (sorted, each once, the holder
 * among them): that is all the renewal needs to see that it did not change.
 *
 * @param holder who holds it, and how to reach them (the invitation to apply is written to them)
 */
public record ParkingPermit(
    UUID id,
    Citizen holder,
    Address address,
    List<NationalNumber> household,
    LicencePlate plate,
    String zone,
    LocalDate validFrom,
    LocalDate validUntil,
    PermitState state,
    String registeredBy,
    LocalDateTime registeredAt) {

  /** How long a renewal lasts. */
  public static final Period RENEWAL = Period.ofYears(1);

  /** The most members a household may list on a permit. */
  public static final int MAX_HOUSEHOLD = 50;

  private static final Pattern ZONE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,19}");

  public ParkingPermit {
    Violations violations =
        new Violations()
            .requireNonNull(id, "id")
            .requireNonNull(holder, "holder")
            .requireNonNull(address, "address")
            .requireNoNulls(household, "household")
            .requireNonNull(plate, "plate")
            .require(
                zone != null && ZONE.matcher(zone).matches(),
                "zone",
                "must be a zone code of at most 20 letters, digits and dashes")
            .requireNonNull(validFrom, "validFrom")
            .requireNonNull(validUntil, "validUntil")
            .requireNonNull(state, "state")
            .requireText(registeredBy, "registeredBy", 200)
            .requireNonNull(registeredAt, "registeredAt");
    if (validFrom != null && validUntil != null) {
      violations.require(
          !validUntil.isBefore(validFrom), "validUntil", "must not be before validFrom");
    }
    violations.throwIfAny();
    household = members(household == null ? Stream.of() : household.stream(), holder.insz());
    new Violations()
        .require(
            household.size() <= MAX_HOUSEHOLD,
            "household",
            "must list at most {0} members",
            MAX_HOUSEHOLD)
        .throwIfAny();
  }

  /** A household as a permit keeps it: the holder and the members, sorted, each once. */
  static List<NationalNumber> members(Stream<NationalNumber> members, NationalNumber holder) {
    return Stream.concat(members, Stream.of(holder))
        .distinct()
        .sorted(Comparator.comparing(NationalNumber::digits))
        .toList();
  }

  /** A permit granted (or imported) now, ACTIVE. */
  public static ParkingPermit grant(
      Citizen holder,
      Address address,
      List<NationalNumber> household,
      LicencePlate plate,
      String zone,
      LocalDate validFrom,
      LocalDate validUntil,
      String by,
      LocalDateTime now) {
    return new ParkingPermit(
        UUID.randomUUID(),
        holder,
        address,
        household,
        plate,
        zone,
        validFrom,
        validUntil,
        PermitState.ACTIVE,
        by,
        now);
  }

  /** Whether a run on a day whose horizon ends on {@code horizonEnd} decides on this permit. */
  public boolean isDueBy(LocalDate horizonEnd) {
    return state == PermitState.ACTIVE && !validUntil.isAfter(horizonEnd);
  }

  /** The permit for its next period: from the day after its end, for {@link #RENEWAL}. */
  public ParkingPermit renewed() {
    requireActive();
    return new ParkingPermit(
        id,
        holder,
        address,
        household,
        plate,
        zone,
        validUntil.plusDays(1),
        validUntil.plus(RENEWAL),
        PermitState.ACTIVE,
        registeredBy,
        registeredAt);
  }

  /** The permit once its holder was invited to apply: it runs out at its end. */
  public ParkingPermit invited() {
    requireActive();
    return new ParkingPermit(
        id,
        holder,
        address,
        household,
        plate,
        zone,
        validFrom,
        validUntil,
        PermitState.INVITED,
        registeredBy,
        registeredAt);
  }

  private void requireActive() {
    if (state != PermitState.ACTIVE) {
      throw new IllegalStateException("only an active permit is renewed or ends in an invitation");
    }
  }
}
