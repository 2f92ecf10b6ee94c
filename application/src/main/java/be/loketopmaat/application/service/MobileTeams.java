package be.loketopmaat.application.service;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.out.LocationRepository;
import be.loketopmaat.domain.homevisit.MobileTeam;
import be.loketopmaat.domain.homevisit.TeamCode;
import be.loketopmaat.domain.homevisit.TravelTimes;
import be.loketopmaat.domain.location.Coordinates;
import be.loketopmaat.domain.location.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The city's mobile teams, as its reference data lists them, and how long they travel between
 * addresses: by the centre of each postal area, the mean position of the city's locations with that
 * postal code (the city's own map, so no geocoding service is needed; an address in a postal area
 * without a location is not covered). Shared by the planning and the kits' calls.
 */
public final class MobileTeams {
  private final Map<TeamCode, MobileTeam> teams = new LinkedHashMap<>();
  private final LocationRepository locations;

  public MobileTeams(List<MobileTeam> teams, LocationRepository locations) {
    for (MobileTeam team : teams) {
      if (this.teams.put(team.code(), team) != null) {
        throw new IllegalArgumentException("mobile team " + team.code() + " is listed twice");
      }
    }
    this.locations = locations;
  }

  public List<MobileTeam> all() {
    return List.copyOf(teams.values());
  }

  MobileTeam get(TeamCode code) {
    MobileTeam team = teams.get(code);
    if (team == null) {
      throw new NotFoundException("team", code.value());
    }
    return team;
  }

  /** The travel times, from the locations as they are now (a location may have moved). */
  TravelTimes travel() {
    Map<String, List<Coordinates>> byPostalCode = new HashMap<>();
    for (Location location : locations.findAll()) {
      byPostalCode
          .computeIfAbsent(location.address().postalCode(), k -> new ArrayList<>())
          .add(location.coordinates());
    }
    Map<String, Coordinates> centres = new HashMap<>();
    byPostalCode.forEach(
        (postalCode, points) ->
            centres.put(
                postalCode,
                new Coordinates(
                    points.stream().mapToDouble(Coordinates::latitude).average().orElseThrow(),
                    points.stream().mapToDouble(Coordinates::longitude).average().orElseThrow())));
    return new TravelTimes(centres);
  }
}
