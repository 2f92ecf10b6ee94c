package be.loketopmaat.adapters.persistence.jdbc;

import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.catalogue.ChannelCondition;
import be.loketopmaat.domain.catalogue.Theme;
import be.loketopmaat.domain.location.DeskCapability;
import be.loketopmaat.domain.location.Facility;
import be.loketopmaat.domain.location.LocationType;
import io.micronaut.serde.annotation.Serdeable;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;

/**
 * The JSON documents stored in the {@code definition} and {@code windows} columns: the parts of an
 * aggregate that are always loaded with it and never searched on.
 *
 * <p>They resemble the reference-data file's records on purpose but are kept apart: the file is a
 * published format that city staff write by hand, this is the database's private storage format,
 * and either must be able to change without a migration of the other.
 */
final class Documents {
  private Documents() {}

  @Serdeable
  record Text(String nl, String fr, String en) {}

  /** Times as {@code HH:mm} text. */
  @Serdeable
  record Window(String start, String end) {}

  @Serdeable
  record ChannelOffer(Channel channel, List<ChannelCondition> conditions, Text note, String url) {}

  @Serdeable
  record Pickup(
      Integer deskMinutes,
      List<Facility> requiredFacilities,
      boolean appointmentRequired,
      Text note) {}

  @Serdeable
  record Referral(String organisation, Text description, String url, String phone) {}

  /** A product but its code, theme and name, which have columns. */
  @Serdeable
  record ProductDefinition(
      Text description,
      List<ChannelOffer> channels,
      boolean presenceRequired,
      Integer deskMinutes,
      List<Facility> requiredFacilities,
      Pickup pickup,
      Referral referral) {}

  @Serdeable
  record Address(String street, String postalCode, String municipality) {}

  @Serdeable
  record Coordinates(double latitude, double longitude) {}

  @Serdeable
  record Desk(String code, List<DeskCapability> capabilities) {}

  /**
   * A location but its code, name, type and district (columns) and its exceptions (rows of their
   * own).
   */
  @Serdeable
  record LocationDefinition(
      Address address,
      Coordinates coordinates,
      List<Facility> facilities,
      List<Desk> desks,
      Map<DayOfWeek, List<Window>> schedule) {}

  @Serdeable
  record District(String code, String name, Coordinates centre) {}

  @Serdeable
  record ContactCentre(String phone, Map<DayOfWeek, List<Window>> hours) {}

  /** {@code day} as {@code --MM-dd}. */
  @Serdeable
  record Holiday(String day, Text name) {}

  /** The city profile but its code, which has a column. */
  @Serdeable
  record CityProfileDefinition(
      String name,
      ContactCentre contactCentre,
      String eCounterUrl,
      String appUrl,
      List<District> districts,
      Map<LocationType, List<Theme>> themesByLocationType,
      List<Holiday> holidays) {}
}
