package be.loketopmaat.adapters.persistence.referencedata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.application.port.out.ReferenceDataSource;
import be.loketopmaat.application.port.out.ReferenceDataSource.ReferenceData;
import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.catalogue.ChannelCondition;
import be.loketopmaat.domain.catalogue.Product;
import be.loketopmaat.domain.catalogue.Theme;
import be.loketopmaat.domain.city.CityProfile;
import be.loketopmaat.domain.common.FieldViolation;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.common.LocalizedText;
import be.loketopmaat.domain.location.CalendarException;
import be.loketopmaat.domain.location.DeskCapability;
import be.loketopmaat.domain.location.DistrictCode;
import be.loketopmaat.domain.location.Facility;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.location.LocationType;
import be.loketopmaat.domain.location.TimeWindow;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReferenceDataFileTest {
  @TempDir Path folder;

  @Test
  void mapsTheTestCityFileFully() {
    ReferenceData data = load(Map.of("loket.city", "test-city"));

    CityProfile city = data.city();
    assertThat(city.code()).isEqualTo("test-city");
    assertThat(city.name()).isEqualTo("Teststad");
    assertThat(city.eCounterUrl()).isEqualTo("https://www.teststad.be/e-loket");
    assertThat(city.appUrl()).isNull();
    assertThat(city.contactCentre().phone()).isEqualTo("03 22 11 333");
    assertThat(city.contactCentre().hours().on(DayOfWeek.FRIDAY))
        .containsExactly(TimeWindow.of("08:00", "17:00"));
    assertThat(city.contactCentre().hours().on(DayOfWeek.SUNDAY)).isEmpty();
    assertThat(city.districts()).hasSize(2);
    assertThat(city.district(new DistrictCode("noord")).orElseThrow().centre().latitude())
        .isEqualTo(51.26);
    assertThat(city.themesOfferedAt(LocationType.CITY_COUNTER))
        .containsExactlyInAnyOrder(Theme.IDENTITY, Theme.LIFE_EVENTS);
    assertThat(city.themesOfferedAt(LocationType.PICKUP_COUNTER)).isEmpty();
    assertThat(city.holidays())
        .singleElement()
        .satisfies(
            holiday -> {
              assertThat(holiday.day()).isEqualTo(MonthDay.of(7, 11));
              assertThat(holiday.name().fr()).isEqualTo("Fête de la Communauté flamande");
            });

    assertThat(data.products())
        .extracting(p -> p.code().value())
        .containsExactly(
            "eid-application",
            "household-composition-attest",
            "pin-puk-request",
            "social-rent-subsidy");
    Product eid = data.products().get(0);
    assertThat(eid.name().en()).isEqualTo("Apply for an electronic identity card");
    assertThat(eid.presenceRequired()).isTrue();
    assertThat(eid.deskDuration()).isEqualTo(Duration.ofMinutes(20));
    assertThat(eid.requiredFacilities())
        .containsExactlyInAnyOrder(Facility.BIOMETRICS_STATION, Facility.PHOTO_BOOTH);
    assertThat(eid.channels())
        .extracting(o -> o.channel())
        .containsExactly(Channel.COUNTER_APPOINTMENT, Channel.HOME_VISIT);
    assertThat(eid.offer(Channel.HOME_VISIT).orElseThrow().conditions())
        .containsExactly(ChannelCondition.REDUCED_MOBILITY);
    assertThat(eid.offer(Channel.HOME_VISIT).orElseThrow().note().nl())
        .isEqualTo("Met mobiele biometrie.");
    assertThat(eid.pickupStep())
        .hasValueSatisfying(
            pickup -> {
              assertThat(pickup.deskDuration()).isEqualTo(Duration.ofMinutes(5));
              assertThat(pickup.requiredFacilities()).containsExactly(Facility.SAFE);
              assertThat(pickup.appointmentRequired()).isFalse();
              assertThat(pickup.note().en()).isEqualTo("Bring your old card.");
            });
    assertThat(data.products().get(1).offer(Channel.E_COUNTER).orElseThrow().url())
        .isEqualTo("https://www.teststad.be/e-loket/gezinssamenstelling");
    assertThat(data.products().get(2).deskDuration()).isNull();
    Product referral = data.products().get(3);
    assertThat(referral.referredElsewhere()).isTrue();
    assertThat(referral.referralTarget())
        .hasValueSatisfying(
            target -> {
              assertThat(target.organisation()).isEqualTo("Sociale Dienstverlening Teststad");
              assertThat(target.phone()).isEqualTo("03 338 00 00");
              assertThat(target.description().fr())
                  .isEqualTo("Prenez rendez-vous au service social.");
            });

    assertThat(data.locations())
        .extracting(l -> l.code().value())
        .containsExactly(
            "hub-centrum", "stadsloket-noord", "buurtloket-noord", "kiosk-bibliotheek");
    Location hub = data.locations().get(0);
    assertThat(hub.type()).isEqualTo(LocationType.REGIONAL_HUB);
    assertThat(hub.district()).isEqualTo(new DistrictCode("centrum"));
    assertThat(hub.address().postalCode()).isEqualTo("2000");
    assertThat(hub.coordinates().longitude()).isEqualTo(4.3997);
    assertThat(hub.desks()).hasSize(2);
    assertThat(hub.desks().get(0).capabilities())
        .containsExactlyInAnyOrder(DeskCapability.IDENTITY, DeskCapability.PICKUP);
    assertThat(hub.schedule().on(DayOfWeek.THURSDAY))
        .containsExactly(
            TimeWindow.of("08:30", "12:30"),
            TimeWindow.of("13:30", "16:00"),
            TimeWindow.of("16:30", "19:30"));
    assertThat(hub.schedule().on(DayOfWeek.SUNDAY)).isEmpty();
    assertThat(hub.exceptions())
        .containsExactly(
            new CalendarException(
                UUID.fromString("0b7c2f7e-3f4c-4f3e-9a51-6a1f8f0c2d11"),
                CalendarException.Kind.CLOSURE,
                LocalDate.of(2026, 12, 24),
                LocalDate.of(2026, 12, 26),
                java.util.List.of(),
                new LocalizedText("Kerstverlof", "Congé de Noël", "Christmas leave")),
            new CalendarException(
                UUID.fromString("6d1e8a40-5b2a-4c8e-8f0e-2b3c4d5e6f70"),
                CalendarException.Kind.EXTRA_OPENING,
                LocalDate.of(2026, 12, 20),
                LocalDate.of(2026, 12, 20),
                java.util.List.of(TimeWindow.of("10:00", "13:00")),
                new LocalizedText(
                    "Extra zondag voor de eindejaarsdrukte",
                    "Dimanche supplémentaire",
                    "Extra Sunday for the year-end rush")));
    assertThat(data.locations().get(2).exceptions()).isEmpty();
    Location kiosk = data.locations().get(3);
    assertThat(kiosk.type()).isEqualTo(LocationType.KIOSK_SITE);
    assertThat(kiosk.desks()).isEmpty();
    assertThat(kiosk.facilities())
        .isEqualTo(Set.of(Facility.KIOSK_TERMINAL, Facility.PRINTER, Facility.EID_READER));
  }

  @Test
  void readsTheFileNamedByTheSettingInsteadOfTheCitysOwn() throws IOException {
    Path file = folder.resolve("elsewhere.json");
    Files.writeString(file, testCityJson().replace("\"Teststad\"", "\"Andere Stad\""));

    ReferenceData data =
        load(Map.of("loket.city", "no-such-city", "loket.reference-data-file", file.toString()));

    assertThat(data.city().name()).isEqualTo("Andere Stad");
    assertThat(data.products()).hasSize(4);
  }

  @Test
  void namesTheCityAndThePathOfAMissingFile() {
    assertThatThrownBy(() -> load(Map.of("loket.city", "atlantis")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'atlantis'")
        .hasMessageContaining("classpath:reference-data/atlantis.json");
  }

  @Test
  void namesTheCityAndThePathOfAMissingExplicitFile() {
    Path missing = folder.resolve("missing.json");

    assertThatThrownBy(
            () ->
                load(
                    Map.of(
                        "loket.city", "atlantis", "loket.reference-data-file", missing.toString())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'atlantis'")
        .hasMessageContaining(missing.toAbsolutePath().toString());
  }

  @Test
  void refusesACitySettingThatIsNoCode() {
    assertThatThrownBy(() -> load(Map.of("loket.city", "../test-city")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'../test-city'");
  }

  @Test
  void reportsAFileThatIsNotJsonOfTheShapeWithItsPath() throws IOException {
    Path file = folder.resolve("broken.json");
    Files.writeString(
        file,
        "{ \"city\": { \"code\": \"x\" }, \"products\": [ { \"theme\": \"NO_SUCH_THEME\" } ] }");

    assertThatThrownBy(() -> load(Map.of("loket.reference-data-file", file.toString())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(file.toAbsolutePath().toString());
  }

  @Test
  void reportsEveryBrokenRuleOfTheFileWithItsPlaceInTheFile() throws IOException {
    Path file = folder.resolve("rules.json");
    Files.writeString(
        file,
        """
        {
          "city": {
            "code": "rule-city", "name": "Rule City",
            "contactCentre": { "phone": "03 22 11 333", "hours": {} },
            "eCounterUrl": "https://example.org",
            "districts": [ { "code": "centrum", "name": "Centrum", "centre": { "latitude": 51.2, "longitude": 4.4 } } ]
          },
          "products": [
            { "code": "fine", "name": { "nl": "a", "fr": "b", "en": "c" }, "theme": "OTHER",
              "channels": [ { "channel": "E_COUNTER" } ] },
            { "code": "no-duration", "name": { "nl": "a", "fr": "b", "en": "c" }, "theme": "IDENTITY",
              "channels": [ { "channel": "COUNTER_APPOINTMENT" } ] },
            { "code": "fine", "name": { "nl": "a", "fr": "b", "en": "c" }, "theme": "OTHER",
              "channels": [ { "channel": "CALL" } ] }
          ],
          "locations": [
            { "code": "bad-postcode", "name": "A", "type": "KIOSK_SITE", "district": "centrum",
              "address": { "street": "Straat 1", "postalCode": "200", "municipality": "Stad" },
              "coordinates": { "latitude": 51.2, "longitude": 4.4 }, "schedule": {} },
            { "code": "bad-time", "name": "B", "type": "KIOSK_SITE", "district": "centrum",
              "address": { "street": "Straat 1", "postalCode": "2000", "municipality": "Stad" },
              "coordinates": { "latitude": 51.2, "longitude": 4.4 },
              "schedule": { "MONDAY": [ { "start": "8h", "end": "12:00" } ] } },
            { "code": "unknown-district", "name": "C", "type": "KIOSK_SITE", "district": "zuid",
              "address": { "street": "Straat 1", "postalCode": "2000", "municipality": "Stad" },
              "coordinates": { "latitude": 51.2, "longitude": 4.4 }, "schedule": {} }
          ],
          "mobileTeams": [
            { "code": "team", "name": "Team", "base": "nowhere", "kit": "kit-1", "hours": {} },
            { "code": "team", "name": "Team", "base": "unknown-district", "kit": "kit-2", "hours": {} },
            { "code": "other", "name": "Team", "base": "bad-time", "kit": "Kit 1", "hours": {} }
          ]
        }
        """);

    assertThatThrownBy(() -> load(Map.of("loket.reference-data-file", file.toString())))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(FieldViolation::field)
                    .containsExactlyInAnyOrder(
                        "products[1].deskDuration",
                        "products[2].code",
                        "locations[0].postalCode",
                        "locations[1].time",
                        "locations[2].district",
                        "mobileTeams[0].base",
                        "mobileTeams[1].code",
                        "mobileTeams[2].kit"));
  }

  private static ReferenceData load(Map<String, Object> properties) {
    try (ApplicationContext context = ApplicationContext.run(properties)) {
      return context.getBean(ReferenceDataSource.class).load();
    }
  }

  private static String testCityJson() throws IOException {
    try (InputStream in =
        JsonReferenceDataFileTest.class.getResourceAsStream("/reference-data/test-city.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
