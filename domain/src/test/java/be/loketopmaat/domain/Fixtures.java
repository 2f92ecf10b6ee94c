package be.loketopmaat.domain;

import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.catalogue.ChannelCondition;
import be.loketopmaat.domain.catalogue.ChannelOffer;
import be.loketopmaat.domain.catalogue.PickupStep;
import be.loketopmaat.domain.catalogue.Product;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.catalogue.Referral;
import be.loketopmaat.domain.catalogue.Theme;
import be.loketopmaat.domain.city.CityProfile;
import be.loketopmaat.domain.city.ContactCentre;
import be.loketopmaat.domain.city.District;
import be.loketopmaat.domain.common.LocalizedText;
import be.loketopmaat.domain.location.Address;
import be.loketopmaat.domain.location.Coordinates;
import be.loketopmaat.domain.location.Desk;
import be.loketopmaat.domain.location.DeskCapability;
import be.loketopmaat.domain.location.DistrictCode;
import be.loketopmaat.domain.location.Facility;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.location.LocationType;
import be.loketopmaat.domain.location.TimeWindow;
import be.loketopmaat.domain.location.WeeklySchedule;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small city to specify the domain with: two districts, a hub, a neighbourhood counter, a kiosk.
 */
public final class Fixtures {
  private Fixtures() {}

  public static final Coordinates NORTH = new Coordinates(51.26, 4.42);
  public static final Coordinates SOUTH = new Coordinates(51.16, 4.40);

  public static LocalizedText text(String en) {
    return new LocalizedText(en + " (nl)", en + " (fr)", en);
  }

  public static WeeklySchedule weekdays(String start, String end) {
    TimeWindow window = TimeWindow.of(start, end);
    return new WeeklySchedule(
        Map.of(
            DayOfWeek.MONDAY,
            List.of(window),
            DayOfWeek.TUESDAY,
            List.of(window),
            DayOfWeek.WEDNESDAY,
            List.of(window),
            DayOfWeek.THURSDAY,
            List.of(window),
            DayOfWeek.FRIDAY,
            List.of(window)));
  }

  public static CityProfile city() {
    return new CityProfile(
        "testcity",
        "Test City",
        new ContactCentre("03 22 11 333", weekdays("08:00", "18:00")),
        "https://city.example/e-loket",
        "https://city.example/app",
        List.of(
            new District(new DistrictCode("north"), "North", NORTH),
            new District(new DistrictCode("south"), "South", SOUTH)),
        Map.of(
            LocationType.REGIONAL_HUB,
            EnumSet.allOf(Theme.class),
            LocationType.NEIGHBOURHOOD_COUNTER,
            EnumSet.of(Theme.IDENTITY, Theme.HOUSING),
            LocationType.PICKUP_COUNTER,
            EnumSet.of(Theme.IDENTITY, Theme.OTHER)),
        List.of());
  }

  public static Location hub(String code, Coordinates where) {
    return new Location(
        new LocationCode(code),
        "Hub " + code,
        LocationType.REGIONAL_HUB,
        new DistrictCode("north"),
        new Address("Hoofdstraat 1", "2000", "Antwerpen"),
        where,
        EnumSet.of(Facility.PHOTO_BOOTH, Facility.SAFE, Facility.BIOMETRICS_STATION),
        List.of(
            new Desk("desk-1", EnumSet.of(DeskCapability.IDENTITY, DeskCapability.PICKUP)),
            new Desk("desk-2", EnumSet.of(DeskCapability.MOBILITY, DeskCapability.HOUSING))),
        weekdays("08:30", "16:00"),
        List.of());
  }

  /** A neighbourhood counter without a safe or photo booth, like Groenenhoek. */
  public static Location neighbourhoodCounter(String code, Coordinates where) {
    return new Location(
        new LocationCode(code),
        "Buurtloket " + code,
        LocationType.NEIGHBOURHOOD_COUNTER,
        new DistrictCode("south"),
        new Address("Dorpstraat 2", "2600", "Berchem"),
        where,
        EnumSet.of(Facility.BIOMETRICS_STATION),
        List.of(new Desk("desk-1", EnumSet.of(DeskCapability.IDENTITY, DeskCapability.PICKUP))),
        weekdays("13:00", "20:00"),
        List.of());
  }

  public static Location kiosk(String code, Coordinates where) {
    return new Location(
        new LocationCode(code),
        "Bib " + code,
        LocationType.KIOSK_SITE,
        new DistrictCode("south"),
        new Address("Bibstraat 3", "2600", "Berchem"),
        where,
        EnumSet.of(Facility.KIOSK_TERMINAL, Facility.PRINTER),
        List.of(),
        weekdays("10:00", "19:00"),
        List.of());
  }

  /**
   * The eID: in person by law, biometrics, picked up from a safe, home visits for reduced mobility.
   */
  public static Product eid() {
    return new Product(
        new ProductCode("eid-application"),
        text("eID application"),
        Theme.IDENTITY,
        null,
        List.of(
            ChannelOffer.of(Channel.COUNTER_APPOINTMENT),
            ChannelOffer.of(Channel.HOME_VISIT, ChannelCondition.REDUCED_MOBILITY)),
        true,
        Duration.ofMinutes(20),
        Set.of(Facility.BIOMETRICS_STATION),
        new PickupStep(Duration.ofMinutes(5), Set.of(Facility.SAFE), false, null),
        null);
  }

  /** An attest: automatic, online with itsme, at a kiosk, by phone, at the counter. */
  public static Product attest() {
    return new Product(
        new ProductCode("attest-main-residence"),
        text("Main residence attest"),
        Theme.IDENTITY,
        null,
        List.of(
            ChannelOffer.of(Channel.COUNTER_APPOINTMENT),
            ChannelOffer.of(Channel.CALL),
            ChannelOffer.of(Channel.KIOSK),
            ChannelOffer.of(Channel.E_COUNTER, ChannelCondition.DIGITAL_IDENTIFICATION),
            ChannelOffer.of(Channel.AUTOMATE)),
        false,
        Duration.ofMinutes(5),
        Set.of(),
        null,
        null);
  }

  public static Product socialServices() {
    return new Product(
        new ProductCode("social-services"),
        text("Social services"),
        Theme.OTHER,
        null,
        List.of(),
        false,
        null,
        Set.of(),
        null,
        new Referral(
            "Sociale Dienstverlening",
            text("Social services of the city"),
            "https://social.example",
            "03 000 00 00"));
  }
}
