package be.loketopmaat.adapters.persistence.jdbc;

import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.catalogue.ChannelCondition;
import be.loketopmaat.domain.catalogue.ChannelOffer;
import be.loketopmaat.domain.catalogue.PickupStep;
import be.loketopmaat.domain.catalogue.Product;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.catalogue.Referral;
import be.loketopmaat.domain.catalogue.Theme;
import be.loketopmaat.domain.city.CityHoliday;
import be.loketopmaat.domain.city.CityProfile;
import be.loketopmaat.domain.city.ContactCentre;
import be.loketopmaat.domain.city.District;
import be.loketopmaat.domain.common.LocalizedText;
import be.loketopmaat.domain.location.Address;
import be.loketopmaat.domain.location.CalendarException;
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
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Domain objects with every field filled in, so that a field the database drops shows as a
 * difference.
 */
final class Fixtures {
  private Fixtures() {}

  static LocalizedText text(String english) {
    return new LocalizedText(english + " (nl)", english + " (fr)", english);
  }

  /** An identity product with conditions, notes, facilities and a separate pickup step. */
  static Product product(String code) {
    return new Product(
        new ProductCode(code),
        text("Apply for " + code),
        Theme.IDENTITY,
        text("What " + code + " is about"),
        List.of(
            new ChannelOffer(
                Channel.HOME_VISIT,
                Set.of(ChannelCondition.REDUCED_MOBILITY),
                text("mobile kit"),
                null),
            new ChannelOffer(
                Channel.COUNTER_APPOINTMENT,
                Set.of(ChannelCondition.APPOINTMENT_REQUIRED),
                null,
                null)),
        true,
        Duration.ofMinutes(20),
        EnumSet.of(Facility.BIOMETRICS_STATION, Facility.PHOTO_BOOTH),
        new PickupStep(
            Duration.ofMinutes(5), Set.of(Facility.SAFE), true, text("bring the letter")),
        null);
  }

  /** A product the city only refers to another organisation for. */
  static Product referralOnly(String code) {
    return new Product(
        new ProductCode(code),
        text("Refer " + code),
        Theme.OTHER,
        null,
        List.of(),
        false,
        null,
        Set.of(),
        null,
        new Referral(
            "Social services",
            text("Ask the social services"),
            "https://example.org/social",
            "03 338 00 00"));
  }

  static Product digitalOnly(String code) {
    return new Product(
        new ProductCode(code),
        text("Print " + code),
        Theme.LIFE_EVENTS,
        null,
        List.of(
            new ChannelOffer(
                Channel.E_COUNTER,
                Set.of(ChannelCondition.DIGITAL_IDENTIFICATION),
                null,
                "https://example.org/e-loket/" + code)),
        false,
        null,
        Set.of(),
        null,
        null);
  }

  static Location location(String code) {
    return new Location(
        new LocationCode(code),
        "Hub " + code,
        LocationType.REGIONAL_HUB,
        new DistrictCode("centrum"),
        new Address("Grote Markt 1", "2000", "Teststad"),
        new Coordinates(51.2213, 4.3997),
        EnumSet.of(Facility.SAFE, Facility.PHOTO_BOOTH, Facility.BIOMETRICS_STATION),
        List.of(
            new Desk("desk-1", Set.of(DeskCapability.IDENTITY, DeskCapability.PICKUP)),
            new Desk("desk-2", Set.of(DeskCapability.HOUSING))),
        new WeeklySchedule(
            Map.of(
                DayOfWeek.MONDAY,
                    List.of(TimeWindow.of("08:30", "12:30"), TimeWindow.of("13:30", "16:00")),
                DayOfWeek.THURSDAY, List.of(TimeWindow.of("13:30", "19:30")),
                DayOfWeek.SATURDAY, List.of(TimeWindow.of("09:00", "12:00")))),
        List.of(
            closure(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 26)),
            extraOpening(LocalDate.of(2026, 12, 27))));
  }

  static Location kiosk(String code) {
    return new Location(
        new LocationCode(code),
        "Library " + code,
        LocationType.KIOSK_SITE,
        new DistrictCode("noord"),
        new Address("Bibliotheekplein 7", "2030", "Teststad"),
        new Coordinates(51.26, 4.42),
        EnumSet.of(Facility.KIOSK_TERMINAL, Facility.PRINTER),
        List.of(),
        WeeklySchedule.closed(),
        List.of());
  }

  static CalendarException closure(LocalDate from, LocalDate to) {
    return new CalendarException(
        UUID.randomUUID(),
        CalendarException.Kind.CLOSURE,
        from,
        to,
        List.of(),
        text("closed from " + from));
  }

  static CalendarException extraOpening(LocalDate day) {
    return new CalendarException(
        UUID.randomUUID(),
        CalendarException.Kind.EXTRA_OPENING,
        day,
        day,
        List.of(TimeWindow.of("14:00", "17:00"), TimeWindow.of("10:00", "12:00")),
        text("open on " + day));
  }

  static CityProfile city(String code) {
    return new CityProfile(
        code,
        "City " + code,
        new ContactCentre(
            "03 22 11 333",
            new WeeklySchedule(
                Map.of(
                    DayOfWeek.MONDAY, List.of(TimeWindow.of("08:00", "18:00")),
                    DayOfWeek.FRIDAY,
                        List.of(
                            TimeWindow.of("08:00", "12:00"), TimeWindow.of("13:00", "17:00"))))),
        "https://example.org/" + code + "/e-loket",
        "https://example.org/" + code + "/app",
        List.of(
            new District(new DistrictCode("centrum"), "Centrum", new Coordinates(51.2194, 4.4025)),
            new District(new DistrictCode("noord"), "Noord", new Coordinates(51.26, 4.42))),
        Map.of(
            LocationType.REGIONAL_HUB,
            EnumSet.allOf(Theme.class),
            LocationType.KIOSK_SITE,
            EnumSet.of(Theme.IDENTITY)),
        List.of(new CityHoliday(MonthDay.of(7, 11), text("Flemish Community day"))));
  }
}
