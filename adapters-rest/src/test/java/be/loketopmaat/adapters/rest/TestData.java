package be.loketopmaat.adapters.rest;

import be.loketopmaat.domain.advice.Advice;
import be.loketopmaat.domain.advice.AdviceOption;
import be.loketopmaat.domain.advice.NearbyLocation;
import be.loketopmaat.domain.advice.PickupAdvice;
import be.loketopmaat.domain.advice.StepKind;
import be.loketopmaat.domain.calendar.ClosedDay;
import be.loketopmaat.domain.calendar.OpenWindow;
import be.loketopmaat.domain.calendar.OpeningCalendar;
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
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Domain values the tests answer with from their mocked use cases, in the shape of the Antwerp
 * data.
 */
final class TestData {
  static final UUID CLOSURE_ID = UUID.fromString("0b5c8a52-3f2e-4d59-9d7e-0d3b7f2a9e11");

  private TestData() {}

  static LocalizedText text(String nl, String fr, String en) {
    return new LocalizedText(nl, fr, en);
  }

  static Product eidApplication() {
    return new Product(
        new ProductCode("eid-application"),
        text(
            "Elektronische identiteitskaart aanvragen",
            "Demander une carte d'identité électronique",
            "Apply for an electronic identity card"),
        Theme.IDENTITY,
        text(
            "Vingerafdrukken, foto en handtekening aan het loket.",
            "Empreintes, photo et signature au guichet.",
            "Fingerprints, photo and signature at the counter."),
        List.of(
            new ChannelOffer(
                Channel.COUNTER_APPOINTMENT,
                Set.of(ChannelCondition.APPOINTMENT_REQUIRED),
                null,
                null)),
        true,
        Duration.ofMinutes(20),
        EnumSet.of(Facility.PHOTO_BOOTH, Facility.BIOMETRICS_STATION),
        new PickupStep(Duration.ofMinutes(5), Set.of(Facility.SAFE), false, null),
        null);
  }

  static Product householdAttest() {
    return new Product(
        new ProductCode("attest-household-composition"),
        text(
            "Attest gezinssamenstelling",
            "Certificat de composition de ménage",
            "Household composition certificate"),
        Theme.LIFE_EVENTS,
        null,
        List.of(
            new ChannelOffer(
                Channel.E_COUNTER,
                Set.of(ChannelCondition.DIGITAL_IDENTIFICATION),
                null,
                "https://www.antwerpen.be/e-loket/attest"),
            ChannelOffer.of(Channel.KIOSK),
            ChannelOffer.of(Channel.WALK_IN)),
        false,
        Duration.ofMinutes(10),
        Set.of(),
        null,
        null);
  }

  static Product socialAllowance() {
    return new Product(
        new ProductCode("social-allowance"),
        text("Sociale toelage", "Allocation sociale", "Social allowance"),
        Theme.OTHER,
        null,
        List.of(),
        false,
        null,
        Set.of(),
        null,
        new Referral(
            "Sociale Dienstverlening",
            text(
                "De sociale dienst helpt u.",
                "Le service social vous aide.",
                "The social services help you."),
            "https://www.antwerpen.be/sociale-dienst",
            "03 338 30 00"));
  }

  static WeeklySchedule hubSchedule() {
    return new WeeklySchedule(
        Map.of(
            DayOfWeek.MONDAY,
                List.of(TimeWindow.of("13:30", "16:00"), TimeWindow.of("08:30", "12:30")),
            DayOfWeek.THURSDAY, List.of(TimeWindow.of("08:30", "19:00")),
            DayOfWeek.SATURDAY, List.of(TimeWindow.of("09:00", "12:00"))));
  }

  static Location deurne() {
    return new Location(
        new LocationCode("districtshuis-deurne"),
        "Districtshuis Deurne",
        LocationType.REGIONAL_HUB,
        new DistrictCode("deurne"),
        new Address("Maurice Dequeeckerplein 1", "2100", "Deurne"),
        new Coordinates(51.2192, 4.4640),
        EnumSet.of(Facility.SAFE, Facility.PHOTO_BOOTH, Facility.BIOMETRICS_STATION),
        List.of(new Desk("desk-1", EnumSet.of(DeskCapability.PICKUP, DeskCapability.IDENTITY))),
        hubSchedule(),
        List.of(
            new CalendarException(
                CLOSURE_ID,
                CalendarException.Kind.CLOSURE,
                LocalDate.of(2026, 12, 24),
                LocalDate.of(2026, 12, 24),
                List.of(),
                text("Kerstavond", "Réveillon de Noël", "Christmas Eve"))));
  }

  static Location deRooiKiosk() {
    return new Location(
        new LocationCode("kiosk-t-rooi"),
        "Sporthal 't Rooi",
        LocationType.KIOSK_SITE,
        new DistrictCode("berchem"),
        new Address("Robert Molsstraat 4", "2018", "Antwerpen"),
        new Coordinates(51.1953, 4.4187),
        Set.of(Facility.KIOSK_TERMINAL),
        List.of(),
        WeeklySchedule.closed(),
        List.of());
  }

  static OpeningCalendar deurneCalendar() {
    return new OpeningCalendar(
        new LocationCode("districtshuis-deurne"),
        LocalDate.of(2026, 12, 24),
        LocalDate.of(2026, 12, 26),
        List.of(OpenWindow.of(LocalDate.of(2026, 12, 26), LocalTime.of(9, 0), LocalTime.of(12, 0))),
        List.of(
            new ClosedDay(
                LocalDate.of(2026, 12, 24),
                text("Kerstavond", "Réveillon de Noël", "Christmas Eve"))));
  }

  static CityProfile antwerp() {
    return new CityProfile(
        "antwerp",
        "Antwerpen",
        new ContactCentre(
            "03 22 11 333",
            new WeeklySchedule(Map.of(DayOfWeek.MONDAY, List.of(TimeWindow.of("08:00", "18:00"))))),
        "https://www.antwerpen.be/e-loket",
        null,
        List.of(
            new District(new DistrictCode("berchem"), "Berchem", new Coordinates(51.19, 4.43)),
            new District(new DistrictCode("deurne"), "Deurne", new Coordinates(51.22, 4.46))),
        Map.of(
            LocationType.REGIONAL_HUB,
            Set.of(Theme.OTHER, Theme.IDENTITY, Theme.MOBILITY),
            LocationType.CITY_COUNTER,
            Set.of(Theme.IDENTITY)),
        List.of(
            new CityHoliday(
                MonthDay.of(7, 11),
                text(
                    "Feest van de Vlaamse Gemeenschap",
                    "Fête de la Communauté flamande",
                    "Flemish Community Day"))));
  }

  static Advice eidAdvice() {
    Product product = eidApplication();
    AdviceOption appointment =
        new AdviceOption(
            1,
            StepKind.APPOINTMENT,
            Channel.COUNTER_APPOINTMENT,
            true,
            text("Maak een afspraak.", "Prenez rendez-vous.", "Book an appointment."),
            null,
            "https://www.antwerpen.be/afspraak",
            "03 22 11 333",
            null,
            List.of(new NearbyLocation(deurne(), 1.23456)),
            null);
    AdviceOption phone =
        new AdviceOption(
            2,
            StepKind.PHONE,
            Channel.CALL,
            true,
            text("Bel ons.", "Appelez-nous.", "Call us."),
            null,
            null,
            "03 22 11 333",
            antwerp().contactCentre().hours(),
            List.of(),
            null);
    Referral referral = socialAllowance().referral();
    AdviceOption refer =
        new AdviceOption(
            3,
            StepKind.REFERRAL,
            null,
            true,
            text(
                "Ga naar de sociale dienst.",
                "Allez au service social.",
                "Go to the social services."),
            null,
            referral.url(),
            referral.phone(),
            null,
            List.of(),
            referral);
    PickupAdvice pickup =
        new PickupAdvice(
            false,
            text("Haal het af.", "Retirez-le.", "Collect it."),
            List.of(new NearbyLocation(deurne(), null)));
    return new Advice(product, List.of(appointment, phone, refer), pickup);
  }
}
