package be.loketopmaat.adapters.rest;

import static be.loketopmaat.adapters.rest.Api.PROBLEM_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import be.loketopmaat.application.port.in.ParkingPermitsUseCase;
import be.loketopmaat.application.port.in.ParkingPermitsUseCase.NewPermit;
import be.loketopmaat.application.port.in.ParkingPermitsUseCase.RunSummary;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.location.Address;
import be.loketopmaat.domain.parking.InvitationReason;
import be.loketopmaat.domain.parking.LicencePlate;
import be.loketopmaat.domain.parking.ParkingPermit;
import be.loketopmaat.domain.parking.RenewalOutcome;
import be.loketopmaat.domain.parking.RenewalRule;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;

/** Staff register parking permits, run their renewal and see what it decided. */
@MicronautTest
class StaffParkingPermitApiTest {
  static final LocalDate RUN = LocalDate.of(2027, 1, 4);

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject ParkingPermitsUseCase permits;
  Api api;

  @MockBean(ParkingPermitsUseCase.class)
  ParkingPermitsUseCase permits() {
    return mock(ParkingPermitsUseCase.class);
  }

  @BeforeEach
  void setUp() {
    Mockito.reset(permits);
    api = new Api(server, json);
  }

  static ParkingPermit permit() {
    return ParkingPermit.grant(
        new Citizen(
            NationalNumber.of("85073100328"), "An Peeters", "an@example.be", null, Language.NL),
        new Address("Lange Nieuwstraat 7", "2000", "Antwerpen"),
        List.of(NationalNumber.of("87041200535")),
        new LicencePlate("1-ABC-234"),
        "A1",
        LocalDate.of(2026, 2, 1),
        LocalDate.of(2027, 1, 31),
        "shared-token",
        LocalDateTime.of(2026, 1, 20, 10, 0));
  }

  @Test
  void aPermitIsRegisteredWithTheNationalNumbersKeptOutOfTheAnswer() {
    when(permits.register(any(), any())).thenReturn(permit());

    Api.Response response =
        api.staff(
            "POST",
            "/api/v1/staff/parking-permits",
            """
            {"holder": {"insz": "85.07.31-003.28", "name": "An Peeters", "email": "an@example.be"},
             "address": {"street": "Lange Nieuwstraat 7", "postalCode": "2000",
                         "municipality": "Antwerpen"},
             "household": ["87041200535"], "plate": "1-abc-234", "zone": "A1",
             "validFrom": "2026-02-01", "validUntil": "2027-01-31"}""");

    assertThat(response.status()).as(response.body()).isEqualTo(201);
    assertThat(response.at("state")).isEqualTo("ACTIVE");
    assertThat(response.at("holder.insz")).isEqualTo("850731-***-**");
    assertThat(response.at("householdSize")).isEqualTo(2);
    assertThat(response.body()).doesNotContain("85073100328", "87041200535");
    ArgumentCaptor<NewPermit> given = ArgumentCaptor.forClass(NewPermit.class);
    verify(permits).register(given.capture(), any());
    assertThat(given.getValue().plate()).isEqualTo(new LicencePlate("1-ABC-234"));
    assertThat(given.getValue().household()).containsExactly(NationalNumber.of("87041200535"));
  }

  @Test
  void everyRefusedFieldIsNamedAndNothingIsRegistered() {
    Api.Response wrong =
        api.staff(
            "POST",
            "/api/v1/staff/parking-permits",
            """
            {"holder": {"insz": "85073100329", "name": "An", "email": "an@example.be"},
             "address": {"street": "Lange Nieuwstraat 7", "postalCode": "20000",
                         "municipality": "Antwerpen"},
             "household": ["123"], "plate": "1 ABC 234 567 890", "zone": "A1",
             "validFrom": "2026-02-31", "validUntil": "tomorrow"}""");
    Api.Response missing = api.staff("POST", "/api/v1/staff/parking-permits", "{}");

    assertThat(wrong.status()).as(wrong.body()).isEqualTo(400);
    assertThat(wrong.contentType()).isEqualTo(PROBLEM_JSON);
    assertThat(wrong.errorFields())
        .contains(
            "holder.insz",
            "address.postalCode",
            "household[0]",
            "plate",
            "validFrom",
            "validUntil");
    assertThat(missing.status()).as(missing.body()).isEqualTo(400);
    assertThat(missing.errorFields())
        .contains("holder", "address", "plate", "zone", "validFrom", "validUntil");
    verifyNoInteractions(permits);
  }

  @Test
  void aRunAnswersWithItsSummary() {
    when(permits.renew(eq(RUN), any()))
        .thenReturn(
            new RunSummary(
                RUN,
                RUN.plusDays(30),
                9_000,
                1_000,
                Map.of(InvitationReason.MOVED, 600, InvitationReason.HOUSEHOLD_CHANGED, 400),
                0,
                true,
                null));

    Api.Response response =
        api.staff(
            "POST", "/api/v1/staff/parking-permits/renewal-runs", "{\"date\": \"2027-01-04\"}");

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.at("renewed")).isEqualTo(9_000);
    assertThat(response.at("invitedBy.MOVED")).isEqualTo(600);
    assertThat(response.at("horizonEnd")).isEqualTo("2027-02-03");
    assertThat(response.at("complete")).isEqualTo(true);
  }

  @Test
  void aRunWithoutADayOrWhileOneRunsIsRefused() {
    Api.Response noDate =
        api.staff("POST", "/api/v1/staff/parking-permits/renewal-runs", "{\"date\": \"04/01\"}");
    assertThat(noDate.status()).as(noDate.body()).isEqualTo(400);
    assertThat(noDate.errorFields()).containsExactly("date");

    when(permits.renew(eq(RUN), any()))
        .thenThrow(
            new ConflictException(
                "renewal-running",
                "a renewal run is under way already; its decisions are listed as it makes them"));
    Api.Response busy =
        api.staff(
            "POST", "/api/v1/staff/parking-permits/renewal-runs", "{\"date\": \"2027-01-04\"}");
    assertThat(busy.status()).as(busy.body()).isEqualTo(409);
    assertThat(busy.contentType()).isEqualTo(PROBLEM_JSON);
    assertThat(busy.at("reason")).isEqualTo("renewal-running");
  }

  @Test
  void theDecisionsOfADayAreListedAndBadParametersRefused() {
    ParkingPermit permit = permit();
    when(permits.decisions(RUN, RenewalOutcome.INVITED, 200))
        .thenReturn(
            List.of(
                RenewalRule.invite(
                    permit, InvitationReason.MOVED, RUN, "renewal schedule", RUN.atTime(2, 0))));

    Api.Response listed =
        api.staff(
            "GET",
            "/api/v1/staff/parking-permits/renewal-runs/2027-01-04/decisions?outcome=invited",
            null);
    Api.Response wrong =
        api.staff(
            "GET",
            "/api/v1/staff/parking-permits/renewal-runs/2027-13-04/decisions?outcome=maybe&limit=x",
            null);
    Api.Response badId = api.staff("GET", "/api/v1/staff/parking-permits/not-an-id", null);

    assertThat(listed.status()).as(listed.body()).isEqualTo(200);
    assertThat(listed.at("count")).isEqualTo(1);
    assertThat(listed.at("decisions[0].reason")).isEqualTo("MOVED");
    assertThat(listed.at("decisions[0].permit")).isEqualTo(permit.id().toString());
    assertThat(wrong.status()).as(wrong.body()).isEqualTo(400);
    assertThat(wrong.errorFields()).contains("date", "outcome", "limit");
    assertThat(badId.status()).as(badId.body()).isEqualTo(400);
    assertThat(badId.contentType()).isEqualTo(PROBLEM_JSON);
  }
}
