package be.loketopmaat.adapters.persistence.referencedata;

import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.catalogue.ChannelCondition;
import be.loketopmaat.domain.catalogue.Theme;
import be.loketopmaat.domain.location.CalendarException;
import be.loketopmaat.domain.location.DeskCapability;
import be.loketopmaat.domain.location.Facility;
import be.loketopmaat.domain.location.LocationType;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A city's reference data file exactly as docs/reference-data.md publishes it. Only its shape is
 * checked here; every rule is the domain's, applied when {@link ReferenceDataFileMapper} builds the
 * domain objects. Times and days stay text, so that a badly written one is reported as a violation
 * with its place in the file rather than as an unreadable file.
 */
@Serdeable
public record ReferenceDataFile(
    String about,
    City city,
    List<Product> products,
    List<Location> locations,
    @Nullable List<MobileTeam> mobileTeams) {

  /** A mobile team for home visits, leaving from its {@code base} location. */
  @Serdeable
  public record MobileTeam(
      String code, String name, String base, String kit, Map<DayOfWeek, List<Window>> hours) {}

  @Serdeable
  public record Text(String nl, String fr, String en) {}

  /** {@code start} and {@code end} as {@code HH:mm}. */
  @Serdeable
  public record Window(String start, String end) {}

  @Serdeable
  public record City(
      String code,
      String name,
      ContactCentre contactCentre,
      String eCounterUrl,
      String appUrl,
      List<District> districts,
      Map<LocationType, List<Theme>> themesByLocationType,
      List<Holiday> holidays) {}

  @Serdeable
  public record ContactCentre(String phone, Map<DayOfWeek, List<Window>> hours) {}

  @Serdeable
  public record District(String code, String name, Coordinates centre) {}

  /** {@code day} as {@code --MM-dd}. */
  @Serdeable
  public record Holiday(String day, Text name) {}

  @Serdeable
  public record Product(
      String code,
      Text name,
      Theme theme,
      Text description,
      List<ChannelOffer> channels,
      boolean presenceRequired,
      Integer deskMinutes,
      List<Facility> requiredFacilities,
      Pickup pickup,
      Referral referral) {}

  @Serdeable
  public record ChannelOffer(
      Channel channel, List<ChannelCondition> conditions, Text note, String url) {}

  @Serdeable
  public record Pickup(
      Integer deskMinutes,
      List<Facility> requiredFacilities,
      boolean appointmentRequired,
      Text note) {}

  @Serdeable
  public record Referral(String organisation, Text description, String url, String phone) {}

  @Serdeable
  public record Location(
      String code,
      String name,
      LocationType type,
      String district,
      Address address,
      Coordinates coordinates,
      List<Facility> facilities,
      List<Desk> desks,
      Map<DayOfWeek, List<Window>> schedule,
      List<CalendarExceptionEntry> exceptions) {}

  @Serdeable
  public record Address(String street, String postalCode, String municipality) {}

  @Serdeable
  public record Coordinates(double latitude, double longitude) {}

  @Serdeable
  public record Desk(String code, List<DeskCapability> capabilities) {}

  /** A calendar exception; {@code from} and {@code to} as {@code yyyy-MM-dd}. */
  @Serdeable
  public record CalendarExceptionEntry(
      UUID id,
      CalendarException.Kind kind,
      String from,
      String to,
      List<Window> windows,
      Text reason) {}
}
