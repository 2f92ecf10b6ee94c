package be.loketopmaat.domain.location;

import be.loketopmaat.domain.common.Violations;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A place where the city serves citizens: a counter with desks, or a partner site with a kiosk. Its
 * offer is not stored on it: it follows from its type, its facilities and its desks (see {@code
 * be.loketopmaat.domain.offer.OfferRules}).
 */
public record Location(
    LocationCode code,
    String name,
    LocationType type,
    DistrictCode district,
    Address address,
    Coordinates coordinates,
    Set<Facility> facilities,
    List<Desk> desks,
    WeeklySchedule schedule,
    List<CalendarException> exceptions) {

  public Location {
    Violations violations =
        new Violations()
            .requireNonNull(code, "code")
            .requireText(name, "name", 200)
            .requireNonNull(type, "type")
            .requireNonNull(district, "district")
            .requireNonNull(address, "address")
            .requireNonNull(coordinates, "coordinates")
            .requireNonNull(schedule, "schedule");
    List<Desk> deskList = desks == null ? List.of() : desks;
    violations.requireNoNulls(deskList, "desks").requireNoNulls(facilities, "facilities");
    Set<String> deskCodes = new HashSet<>();
    for (int i = 0; i < deskList.size(); i++) {
      Desk desk = deskList.get(i);
      if (desk != null) {
        violations.require(
            deskCodes.add(desk.code()), "desks[" + i + "].code", "is used twice in this location");
      }
    }
    if (type != null) {
      violations.require(
          !type.staffed() || !deskList.isEmpty(),
          "desks",
          "a location of type {0} needs at least one desk",
          type);
      violations.require(
          type.staffed() || deskList.isEmpty(),
          "desks",
          "a location of type {0} has no staffed desks",
          type);
    }
    List<CalendarException> exceptionList = exceptions == null ? List.of() : exceptions;
    violations.requireNoNulls(exceptionList, "exceptions");
    violations.throwIfAny();
    name = name.strip();
    facilities =
        facilities == null || facilities.isEmpty()
            ? Set.of()
            : Set.copyOf(EnumSet.copyOf(facilities));
    desks = List.copyOf(deskList);
    exceptions = List.copyOf(exceptionList);
  }

  public boolean has(Facility facility) {
    return facilities.contains(facility);
  }

  public boolean hasAll(Set<Facility> required) {
    return facilities.containsAll(required);
  }

  public boolean hasDeskFor(DeskCapability capability) {
    return desks.stream().anyMatch(desk -> desk.can(capability));
  }

  /** The same location with its exceptions replaced; the rest is kept as it is. */
  public Location withExceptions(List<CalendarException> newExceptions) {
    return new Location(
        code,
        name,
        type,
        district,
        address,
        coordinates,
        facilities,
        desks,
        schedule,
        newExceptions);
  }

  public Location withException(CalendarException exception) {
    List<CalendarException> all = new ArrayList<>(exceptions);
    all.add(exception);
    return withExceptions(all);
  }

  public boolean hasException(UUID id) {
    return exceptions.stream().anyMatch(e -> e.id().equals(id));
  }

  /** The name and the address on one line, as a message to a citizen names the place. */
  public String nameAndAddress() {
    return name
        + ", "
        + address.street()
        + ", "
        + address.postalCode()
        + " "
        + address.municipality();
  }
}
