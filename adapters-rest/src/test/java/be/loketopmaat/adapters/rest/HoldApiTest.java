package be.loketopmaat.adapters.rest;

import static be.loketopmaat.adapters.rest.Api.PROBLEM_JSON;
import static be.loketopmaat.adapters.rest.Api.object;
import static be.loketopmaat.adapters.rest.BookingData.DEURNE;
import static be.loketopmaat.adapters.rest.BookingData.EID;
import static be.loketopmaat.adapters.rest.BookingData.HOLD_ID;
import static be.loketopmaat.adapters.rest.BookingData.INSZ;
import static be.loketopmaat.adapters.rest.BookingData.MERKSEM;
import static be.loketopmaat.adapters.rest.BookingData.SUMMER;
import static be.loketopmaat.adapters.rest.BookingData.WINTER;
import static be.loketopmaat.adapters.rest.BookingData.hold;
import static be.loketopmaat.adapters.rest.BookingData.slot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.HoldSlotUseCase;
import be.loketopmaat.application.port.in.HoldSlotUseCase.HoldCommand;
import be.loketopmaat.application.port.in.SlotTakenException;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.ClientId;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.common.Phrase;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * Holds, and what every booking request shares: times with offsets, and the answers to a lost race.
 */
@MicronautTest
@Property(name = "loket.rate-limit.enabled", value = "false")
class HoldApiTest {
  static final String HOLD =
      """
      {"products": ["eid-application"], "persons": 2, "location": "districtshuis-deurne",
       "start": "2026-11-24T17:00:00+00:00", "insz": "85.07.31-033.95"}
      """;

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject HoldSlotUseCase bookings;
  Api api;

  @MockBean(HoldSlotUseCase.class)
  HoldSlotUseCase bookings() {
    return mock(HoldSlotUseCase.class);
  }

  @BeforeEach
  void setUp() {
    api = new Api(server, json);
    when(bookings.hold(any()))
        .thenAnswer(call -> hold(((HoldCommand) call.getArgument(0)).start()));
  }

  @Test
  void holdsASlotGivenInUtcAsBrusselsWallClockTime() {
    Api.Response response = api.post("/api/v1/holds", HOLD);

    assertThat(response.status()).isEqualTo(201);
    HoldCommand command = captured();
    assertThat(command.start()).as("17:00 UTC is 18:00 in Brussels in November").isEqualTo(WINTER);
    assertThat(command.location()).isEqualTo(DEURNE);
    assertThat(command.what().products()).containsExactly(EID);
    assertThat(command.what().persons()).isEqualTo(2);
    assertThat(command.insz()).isEqualTo(NationalNumber.of(INSZ));
    assertThat(response.json())
        .isEqualTo(
            object(
                "id",
                HOLD_ID.toString(),
                "location",
                "districtshuis-deurne",
                "start",
                "2026-11-24T18:00:00+01:00",
                "end",
                "2026-11-24T18:20:00+01:00",
                "expiresAt",
                "2026-11-21T00:40:00+01:00",
                "products",
                List.of("eid-application"),
                "persons",
                1,
                "pickupOf",
                null));
  }

  @Test
  void inSummerTheOffsetIsTwoHours() {
    Api.Response response =
        api.post("/api/v1/holds", HOLD.replace("2026-11-24T17:00:00+00:00", "2027-06-12T07:30Z"));

    assertThat(captured().start()).isEqualTo(SUMMER);
    assertThat(response.at("start")).isEqualTo("2027-06-12T09:30:00+02:00");
  }

  @Test
  void anyOffsetIsTheSameInstant() {
    api.post(
        "/api/v1/holds", HOLD.replace("2026-11-24T17:00:00+00:00", "2026-11-24T12:00:00-05:00"));

    assertThat(captured().start()).isEqualTo(WINTER);
  }

  @Test
  void personsAndInszMayBeLeftOut() {
    api.post(
        "/api/v1/holds",
        """
        {"products": ["eid-application"], "location": "districtshuis-deurne", "start": "2026-11-24T18:00:00+01:00"}
        """);

    HoldCommand command = captured();
    assertThat(command.what().persons()).isEqualTo(1);
    assertThat(command.insz()).isNull();
  }

  @Test
  void aTimeWithoutOffsetIsRefusedByItsFieldAndHoldsNothing() {
    Api.Response response =
        api.post("/api/v1/holds", HOLD.replace("2026-11-24T17:00:00+00:00", "2026-11-24T18:00:00"));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).isEqualTo(PROBLEM_JSON);
    assertThat(response.errors())
        .containsExactly("start: needs an offset from UTC, e.g. 2026-11-24T18:00:00+01:00");
    verifyNoInteractions(bookings);
  }

  @Test
  void everyRefusedFieldIsNamedAtOnce() {
    Api.Response response =
        api.post(
            "/api/v1/holds",
            """
        {"products": ["eid-application", null, "EID"], "persons": 0, "location": "Deurne",
         "start": "tomorrow evening", "insz": "85.07.31-033.96"}
        """);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errors())
        .containsExactlyInAnyOrder(
            "products[1]: is required",
            "products[2]: must be 2 to 60 lower-case letters, digits or dashes, not starting or ending with a dash",
            "persons: must be between 1 and 6",
            "location: must be 2 to 60 lower-case letters, digits or dashes, not starting or ending with a dash",
            "start: must be an ISO 8601 date-time with offset, e.g. 2026-11-24T18:00:00+01:00",
            "insz: check digits do not match: this is not a valid national number");
    verifyNoInteractions(bookings);
  }

  @Test
  void missingFieldsAreNamed() {
    Api.Response response = api.post("/api/v1/holds", "{}");

    assertThat(response.errors())
        .containsExactlyInAnyOrder(
            "products: name at least one product", "location: is required", "start: is required");
    verifyNoInteractions(bookings);
  }

  @Test
  void aFractionalNumberOfPersonsIsRefused() {
    Api.Response response =
        api.post("/api/v1/holds", HOLD.replace("\"persons\": 2", "\"persons\": 1.5"));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errors()).containsExactly("persons: must be a whole number");
    verifyNoInteractions(bookings);
  }

  @Test
  void aTakenSlotIsAConflictThatOffersTheNextFreeSlots() {
    doThrow(
            new SlotTakenException(
                Phrase.of("the slot at {0} at {1} is taken", "2026-11-24T18:00", "deurne"),
                List.of(
                    slot(DEURNE, LocalDateTime.of(2026, 11, 24, 18, 20)), slot(MERKSEM, SUMMER))))
        .when(bookings)
        .hold(any());

    Api.Response response = api.post("/api/v1/holds", HOLD);

    assertThat(response.status()).isEqualTo(409);
    assertThat(response.contentType()).isEqualTo(PROBLEM_JSON);
    assertThat(response.at("type")).isEqualTo("/problems/slot-taken");
    assertThat(response.at("title")).isEqualTo("Slot taken");
    assertThat(response.at("instance")).isEqualTo("/api/v1/holds");
    assertThat(response.at("alternatives[0].location")).isEqualTo("districtshuis-deurne");
    assertThat(response.at("alternatives[0].locationName")).isEqualTo("Districtshuis Deurne");
    assertThat(response.at("alternatives[0].address.street"))
        .isEqualTo("Maurice Dequeeckerplein 1");
    assertThat(response.at("alternatives[0].district")).isEqualTo("deurne");
    assertThat(response.at("alternatives[0].start")).isEqualTo("2026-11-24T18:20:00+01:00");
    assertThat(response.at("alternatives[0].end")).isEqualTo("2026-11-24T18:40:00+01:00");
    assertThat(response.at("alternatives[0].placesLeft")).isEqualTo(2);
    assertThat(response.at("alternatives[0].evening")).isEqualTo(true);
    assertThat(response.at("alternatives[1].location")).isEqualTo("districtshuis-merksem");
    assertThat(response.at("alternatives[1].start")).isEqualTo("2027-06-12T09:30:00+02:00");
    assertThat(response.at("alternatives[1].saturday")).isEqualTo(true);
    assertThat(response.has("reason")).isFalse();
  }

  @Test
  void aConflictCarriesItsReason() {
    doThrow(
            new ConflictException(
                "recently-released",
                "this slot was given up by the same citizen less than 15 minutes ago"))
        .when(bookings)
        .hold(any());

    Api.Response response = api.post("/api/v1/holds", HOLD);

    assertThat(response.status()).isEqualTo(409);
    assertThat(response.at("type")).isEqualTo("/problems/conflict");
    assertThat(response.at("reason")).isEqualTo("recently-released");
    assertThat(response.at("detail"))
        .isEqualTo("this slot was given up by the same citizen less than 15 minutes ago");
    assertThat(response.has("alternatives")).isFalse();
  }

  @Test
  void aHoldIsForItsClientPseudonymised() {
    api.post("/api/v1/holds", HOLD);

    assertThat(captured().client()).isEqualTo(ClientId.of("ip:127.0.0.1"));
  }

  @Test
  void releasesAHoldByItsId() {
    Api.Response response =
        api.sendWith("DELETE", "/api/v1/holds/" + HOLD_ID, null, null, Map.of());

    assertThat(response.status()).isEqualTo(204);
    verify(bookings).release(HOLD_ID);
  }

  @Test
  void releasingAnUnknownHoldIs404AndAMalformedIdIs400() {
    doThrow(new NotFoundException("hold", HOLD_ID.toString())).when(bookings).release(HOLD_ID);

    assertThat(api.sendWith("DELETE", "/api/v1/holds/" + HOLD_ID, null, null, Map.of()).status())
        .isEqualTo(404);
    Api.Response malformed =
        api.sendWith("DELETE", "/api/v1/holds/not-a-uuid", null, null, Map.of());
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.contentType()).isEqualTo(PROBLEM_JSON);
  }

  private HoldCommand captured() {
    ArgumentCaptor<HoldCommand> command = ArgumentCaptor.forClass(HoldCommand.class);
    verify(bookings).hold(command.capture());
    return command.getValue();
  }
}
