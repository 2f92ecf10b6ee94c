package be.loketopmaat.adapters.rest;

import static be.loketopmaat.adapters.rest.Api.PROBLEM_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import be.loketopmaat.application.AlreadyExistsException;
import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.BrowseLocationsUseCase;
import be.loketopmaat.application.port.in.BrowseLocationsUseCase.LocationDetails;
import be.loketopmaat.application.port.in.ManageLocationsUseCase;
import be.loketopmaat.domain.location.CalendarException;
import be.loketopmaat.domain.location.Facility;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.location.LocationType;
import be.loketopmaat.domain.location.TimeWindow;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

@MicronautTest
class StaffLocationApiTest {
  static final LocationCode GROENENHOEK = new LocationCode("buurtloket-groenenhoek");
  static final String LOCATION =
      """
      {
        "code": "buurtloket-groenenhoek",
        "name": "Buurtloket Groenenhoek",
        "type": "NEIGHBOURHOOD_COUNTER",
        "district": "berchem",
        "address": {"street": "Groenenhoek 18", "postalCode": "2600", "municipality": "Berchem"},
        "coordinates": {"latitude": 51.1899, "longitude": 4.4310},
        "facilities": ["PHOTO_BOOTH"],
        "desks": [{"code": "desk-1", "capabilities": ["IDENTITY"]}, {"code": "desk-2", "capabilities": ["HOUSING"]}],
        "schedule": {"THURSDAY": [{"start": "13:00", "end": "16:00"}, {"start": "16:30", "end": "19:30"}]},
        "exceptions": [],
        "offer": []
      }
      """;
  static final String CLOSURE =
      """
      {"kind": "CLOSURE", "from": "2026-12-24", "to": "2026-12-26", "windows": [],
       "reason": {"nl": "Kerstmis", "fr": "Noël", "en": "Christmas"}}
      """;

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject ManageLocationsUseCase manage;
  @Inject BrowseLocationsUseCase browse;
  Api api;

  @MockBean(ManageLocationsUseCase.class)
  ManageLocationsUseCase manage() {
    return mock(ManageLocationsUseCase.class);
  }

  @MockBean(BrowseLocationsUseCase.class)
  BrowseLocationsUseCase browse() {
    return mock(BrowseLocationsUseCase.class);
  }

  @BeforeEach
  void setUp() {
    api = new Api(server, json);
    when(manage.createLocation(any())).thenAnswer(call -> call.getArgument(0));
    when(manage.replaceLocation(any())).thenAnswer(call -> call.getArgument(0));
    when(manage.addCalendarException(any(), any())).thenAnswer(call -> call.getArgument(1));
    when(browse.getLocation(any()))
        .thenAnswer(call -> new LocationDetails(TestData.deurne(), Map.of()));
  }

  @Test
  void createsALocationAndAnswersWithItAsGetShowsIt() {
    Api.Response response = api.staff("POST", "/api/v1/staff/locations", LOCATION);

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.header("Location")).isEqualTo("/api/v1/locations/buurtloket-groenenhoek");
    assertThat(response.at("offer"))
        .as("the answer comes from the browse use case")
        .isEqualTo(List.of());
    ArgumentCaptor<Location> created = ArgumentCaptor.forClass(Location.class);
    verify(manage).createLocation(created.capture());
    Location location = created.getValue();
    assertThat(location.code()).isEqualTo(GROENENHOEK);
    assertThat(location.type()).isEqualTo(LocationType.NEIGHBOURHOOD_COUNTER);
    assertThat(location.district().value()).isEqualTo("berchem");
    assertThat(location.address().postalCode()).isEqualTo("2600");
    assertThat(location.coordinates().latitude()).isEqualTo(51.1899);
    assertThat(location.facilities()).isEqualTo(Set.of(Facility.PHOTO_BOOTH));
    assertThat(location.desks()).hasSize(2);
    assertThat(location.schedule().on(DayOfWeek.THURSDAY))
        .containsExactly(TimeWindow.of("13:00", "16:00"), TimeWindow.of("16:30", "19:30"));
    assertThat(location.exceptions()).isEmpty();
    verify(browse).getLocation(GROENENHOEK);
  }

  @Test
  void aTakenCodeIsAConflict() {
    when(manage.createLocation(any()))
        .thenThrow(new AlreadyExistsException("location", "buurtloket-groenenhoek"));

    Api.Response response = api.staff("POST", "/api/v1/staff/locations", LOCATION);

    assertThat(response.status()).isEqualTo(409);
    assertThat(response.contentType()).isEqualTo(PROBLEM_JSON);
    assertThat(response.at("type")).isEqualTo("/problems/already-exists");
  }

  @Test
  void replacesALocationByThePathCode() {
    Api.Response response =
        api.staff(
            "PUT",
            "/api/v1/staff/locations/buurtloket-groenenhoek",
            LOCATION.replace("\"code\": \"buurtloket-groenenhoek\",", ""));

    assertThat(response.status()).isEqualTo(200);
    ArgumentCaptor<Location> replaced = ArgumentCaptor.forClass(Location.class);
    verify(manage).replaceLocation(replaced.capture());
    assertThat(replaced.getValue().code()).isEqualTo(GROENENHOEK);
  }

  @Test
  void aBodyCodeThatContradictsThePathIsRefused() {
    Api.Response response =
        api.staff("PUT", "/api/v1/staff/locations/buurtloket-berchem", LOCATION);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errorFields()).containsExactly("code");
    verifyNoInteractions(manage);
  }

  @Test
  void domainViolationsArePlacedAtTheirJsonPathsAllAtOnce() {
    String body =
        """
        {
          "code": "buurtloket-groenenhoek",
          "name": " ",
          "type": "NEIGHBOURHOOD_COUNTER",
          "district": "Berchem",
          "address": {"street": "Groenenhoek 18", "postalCode": "02600"},
          "coordinates": {"latitude": 95.0},
          "facilities": ["PHOTO_BOOTH", null],
          "desks": [
            {"code": "desk-1", "capabilities": ["IDENTITY"]},
            {"code": "desk-1", "capabilities": ["PICKUP"]},
            {"code": "desk-3", "capabilities": []}
          ],
          "schedule": {
            "MONDAY": [{"start": "12:00", "end": "09:00"}],
            "THURSDAY": [{"start": "13:00", "end": "16:00"}, {"start": "15:00", "end": "19:30"}]
          }
        }
        """;

    Api.Response response = api.staff("POST", "/api/v1/staff/locations", body);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.at("type")).isEqualTo("/problems/invalid-input");
    assertThat(response.errors())
        .containsExactlyInAnyOrder(
            "name: is required",
            "district: must be 2 to 60 lower-case letters, digits or dashes, not starting or ending with a dash",
            "address.postalCode: must be a Belgian postal code of four digits",
            "address.municipality: is required",
            "coordinates.longitude: is required",
            "facilities[1]: is required",
            "desks[2].capabilities: needs at least one capability",
            "desks[1].code: is used twice in this location",
            "schedule.MONDAY[0].end: must be after start",
            "schedule.THURSDAY: windows must not overlap");
    verifyNoInteractions(manage, browse);
  }

  @Test
  void aWrongDayOrTimeInTheScheduleNamesTheField() {
    Api.Response response =
        api.staff(
            "POST",
            "/api/v1/staff/locations",
            LOCATION.replace("\"end\": \"16:00\"", "\"end\": \"4 pm\""));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errors())
        .containsExactly("schedule.THURSDAY[0].end: must be a time as HH:mm");
    verifyNoInteractions(manage);
  }

  @Test
  void anUnknownDayInTheScheduleIsNamed() {
    Api.Response response =
        api.staff(
            "POST", "/api/v1/staff/locations", LOCATION.replace("\"THURSDAY\"", "\"thursday\""));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errors())
        .containsExactly(
            "schedule.thursday: is not one of [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY]");
    verifyNoInteractions(manage);
  }

  @Test
  void addsACalendarExceptionUnderAnIdTheServerChooses() {
    String clientId = "11111111-1111-1111-1111-111111111111";
    Api.Response response =
        api.staff(
            "POST",
            "/api/v1/staff/locations/buurtloket-groenenhoek/calendar-exceptions",
            CLOSURE.replace("{\"kind\"", "{\"id\": \"" + clientId + "\", \"kind\""));

    assertThat(response.status()).isEqualTo(201);
    ArgumentCaptor<CalendarException> added = ArgumentCaptor.forClass(CalendarException.class);
    verify(manage).addCalendarException(eq(GROENENHOEK), added.capture());
    CalendarException exception = added.getValue();
    assertThat(exception.id()).isNotNull().isNotEqualTo(UUID.fromString(clientId));
    assertThat(exception.kind()).isEqualTo(CalendarException.Kind.CLOSURE);
    assertThat(exception.from()).isEqualTo(LocalDate.of(2026, 12, 24));
    assertThat(exception.to()).isEqualTo(LocalDate.of(2026, 12, 26));
    assertThat(exception.reason().en()).isEqualTo("Christmas");
    assertThat(response.at("id")).isEqualTo(exception.id().toString());
    assertThat(response.at("kind")).isEqualTo("CLOSURE");
    assertThat(response.header("Location"))
        .isEqualTo(
            "/api/v1/staff/locations/buurtloket-groenenhoek/calendar-exceptions/" + exception.id());
  }

  @Test
  void anExtraOpeningCarriesItsWindows() {
    String extra =
        """
        {"kind": "EXTRA_OPENING", "from": "2026-12-19", "to": "2026-12-19",
         "windows": [{"start": "09:00", "end": "12:00"}],
         "reason": {"nl": "Extra zaterdag", "fr": "Samedi supplémentaire", "en": "Extra Saturday"}}
        """;

    Api.Response response =
        api.staff(
            "POST", "/api/v1/staff/locations/buurtloket-groenenhoek/calendar-exceptions", extra);

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.at("windows")).isEqualTo(List.of(Map.of("start", "09:00", "end", "12:00")));
  }

  @Test
  void anInvalidCalendarExceptionListsItsViolations() {
    String body =
        """
        {"kind": "EXTRA_OPENING", "from": "2026-12-24", "to": "2026-12-20", "windows": [],
         "reason": {"nl": "Kerstmis", "fr": "Noël", "en": "Christmas"}}
        """;

    Api.Response response =
        api.staff(
            "POST", "/api/v1/staff/locations/buurtloket-groenenhoek/calendar-exceptions", body);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errors())
        .containsExactlyInAnyOrder(
            "to: must not be before from", "windows: an extra opening needs at least one window");
    verifyNoInteractions(manage);
  }

  @Test
  void violationsInsideACalendarExceptionAreNamedByTheirPath() {
    String body =
        """
        {"kind": "EXTRA_OPENING", "from": "2026-12-19", "to": "2026-12-19",
         "windows": [{"start": "12:00", "end": "09:00"}],
         "reason": {"nl": "Extra zaterdag", "en": "Extra Saturday"}}
        """;

    Api.Response response =
        api.staff(
            "POST", "/api/v1/staff/locations/buurtloket-groenenhoek/calendar-exceptions", body);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errors())
        .containsExactlyInAnyOrder("reason.fr: is required", "windows[0].end: must be after start");
    verifyNoInteractions(manage);
  }

  @Test
  void aWrongKindOrDateNamesTheField() {
    Api.Response wrongKind =
        api.staff(
            "POST",
            "/api/v1/staff/locations/buurtloket-groenenhoek/calendar-exceptions",
            CLOSURE.replace("CLOSURE", "HOLIDAY"));
    Api.Response wrongDate =
        api.staff(
            "POST",
            "/api/v1/staff/locations/buurtloket-groenenhoek/calendar-exceptions",
            CLOSURE.replace("2026-12-26", "26 december"));

    assertThat(wrongKind.status()).isEqualTo(400);
    assertThat(wrongKind.errors()).containsExactly("kind: must be one of [CLOSURE, EXTRA_OPENING]");
    assertThat(wrongDate.status()).isEqualTo(400);
    assertThat(wrongDate.errors()).containsExactly("to: must be a date as YYYY-MM-DD");
    verifyNoInteractions(manage);
  }

  @Test
  void anExceptionForAnUnknownLocationIsNotFound() {
    when(manage.addCalendarException(any(), any()))
        .thenThrow(new NotFoundException("location", "atlantis"));

    Api.Response response =
        api.staff("POST", "/api/v1/staff/locations/atlantis/calendar-exceptions", CLOSURE);

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.at("type")).isEqualTo("/problems/not-found");
  }

  @Test
  void removesACalendarException() {
    Api.Response response =
        api.staff(
            "DELETE",
            "/api/v1/staff/locations/buurtloket-groenenhoek/calendar-exceptions/"
                + TestData.CLOSURE_ID,
            null);

    assertThat(response.status()).isEqualTo(204);
    assertThat(response.body()).isEmpty();
    verify(manage).removeCalendarException(GROENENHOEK, TestData.CLOSURE_ID);
  }

  @Test
  void removingAnUnknownExceptionIsNotFound() {
    doThrow(new NotFoundException("calendar exception", TestData.CLOSURE_ID.toString()))
        .when(manage)
        .removeCalendarException(GROENENHOEK, TestData.CLOSURE_ID);

    Api.Response response =
        api.staff(
            "DELETE",
            "/api/v1/staff/locations/buurtloket-groenenhoek/calendar-exceptions/"
                + TestData.CLOSURE_ID,
            null);

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.contentType()).isEqualTo(PROBLEM_JSON);
    assertThat(response.at("detail"))
        .isEqualTo("No calendar exception with code '" + TestData.CLOSURE_ID + "'");
  }

  @Test
  void aMalformedExceptionIdIsInvalidInput() {
    Api.Response response =
        api.staff(
            "DELETE",
            "/api/v1/staff/locations/buurtloket-groenenhoek/calendar-exceptions/not-a-uuid",
            null);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errors()).containsExactly("id: must be a UUID");
    verifyNoInteractions(manage);
  }

  @Test
  void withoutATokenNothingIsRemoved() {
    Api.Response response =
        api.send(
            "DELETE",
            "/api/v1/staff/locations/buurtloket-groenenhoek/calendar-exceptions/"
                + TestData.CLOSURE_ID,
            null,
            null,
            null);

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.contentType()).isEqualTo(PROBLEM_JSON);
    verifyNoInteractions(manage);
  }
}
