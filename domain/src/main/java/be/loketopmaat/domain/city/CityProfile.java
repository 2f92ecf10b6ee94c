package be.loketopmaat.domain.city;

import be.loketopmaat.domain.catalogue.Theme;
import be.loketopmaat.domain.common.Code;
import be.loketopmaat.domain.common.Formats;
import be.loketopmaat.domain.common.Violations;
import be.loketopmaat.domain.location.DistrictCode;
import be.loketopmaat.domain.location.LocationType;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What makes one city different from another: its districts, its contact centre and e-counter,
 * which themes each type of location offers (the same for every location of a type), and its own
 * closing days. Nothing in the code is specific to one city; all of this comes from the city's
 * reference data.
 */
public record CityProfile(
    String code,
    String name,
    ContactCentre contactCentre,
    String eCounterUrl,
    String appUrl,
    List<District> districts,
    Map<LocationType, Set<Theme>> themesByLocationType,
    List<CityHoliday> holidays) {

  public CityProfile {
    Violations violations =
        new Violations()
            .require(
                Code.isValid(code), "code", "must be 2 to 60 lower-case letters, digits or dashes")
            .requireText(name, "name", 100)
            .requireNonNull(contactCentre, "contactCentre")
            .require(Formats.isHttpUrl(eCounterUrl), "eCounterUrl", "must be an http(s) URL")
            .require(
                appUrl == null || Formats.isHttpUrl(appUrl), "appUrl", "must be an http(s) URL")
            .require(
                districts != null && !districts.isEmpty(),
                "districts",
                "needs at least one district")
            .requireNoNulls(holidays, "holidays");
    if (districts != null) {
      Set<DistrictCode> seen = new HashSet<>();
      for (int i = 0; i < districts.size(); i++) {
        violations.require(
            districts.get(i) != null && seen.add(districts.get(i).code()),
            "districts[" + i + "]",
            "is empty or listed twice");
      }
    }
    violations.throwIfAny();
    EnumMap<LocationType, Set<Theme>> offers = new EnumMap<>(LocationType.class);
    if (themesByLocationType != null) {
      themesByLocationType.forEach(
          (type, themes) -> {
            violations.requireNoNulls(themes, "themesByLocationType." + type);
            if (type != null
                && themes != null
                && !themes.isEmpty()
                && themes.stream().allMatch(java.util.Objects::nonNull)) {
              offers.put(type, Set.copyOf(EnumSet.copyOf(themes)));
            }
          });
    }
    violations.throwIfAny();
    themesByLocationType = Map.copyOf(offers);
    districts = List.copyOf(districts);
    holidays = holidays == null ? List.of() : List.copyOf(holidays);
  }

  public Optional<District> district(DistrictCode code) {
    return districts.stream().filter(d -> d.code().equals(code)).findFirst();
  }

  public Set<Theme> themesOfferedAt(LocationType type) {
    return themesByLocationType.getOrDefault(type, Set.of());
  }
}
