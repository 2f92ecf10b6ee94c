package be.loketopmaat.adapters.rest;

import static be.loketopmaat.adapters.rest.Api.PROBLEM_JSON;
import static be.loketopmaat.adapters.rest.Api.object;
import static be.loketopmaat.adapters.rest.BookingData.DEURNE;
import static be.loketopmaat.adapters.rest.BookingData.EID;
import static be.loketopmaat.adapters.rest.BookingData.MERKSEM;
import static be.loketopmaat.adapters.rest.BookingData.SUMMER;
import static be.loketopmaat.adapters.rest.BookingData.WINTER;
import static be.loketopmaat.adapters.rest.BookingData.slot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import be.loketopmaat.application.port.in.FindSlotsUseCase;
import be.loketopmaat.application.port.in.FindSlotsUseCase.Cursor;
import be.loketopmaat.application.port.in.FindSlotsUseCase.Mode;
import be.loketopmaat.application.port.in.FindSlotsUseCase.SlotPage;
import be.loketopmaat.application.port.in.FindSlotsUseCase.SlotQuery;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.location.DistrictCode;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

@MicronautTest
class AvailabilityApiTest {
  static final String SEARCH = "/api/v1/availability?product=eid-application&mode=flexible";

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject FindSlotsUseCase slots;
  Api api;

  @MockBean(FindSlotsUseCase.class)
  FindSlotsUseCase slots() {
    return mock(FindSlotsUseCase.class);
  }

  @BeforeEach
  void setUp() {
    api = new Api(server, json);
    when(slots.findSlots(any())).thenReturn(new SlotPage(List.of(), null));
  }

  @Test
  void answersSlotsWithTheBrusselsOffsetOfTheirDateWinterAndSummer() {
    when(slots.findSlots(any()))
        .thenReturn(new SlotPage(List.of(slot(DEURNE, WINTER), slot(MERKSEM, SUMMER)), null));

    Api.Response response = api.get(SEARCH);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.at("slots"))
        .isEqualTo(
            List.of(
                slotObject(
                    "districtshuis-deurne",
                    "Districtshuis Deurne",
                    "2026-11-24T18:00:00+01:00",
                    "2026-11-24T18:20:00+01:00",
                    true,
                    false),
                slotObject(
                    "districtshuis-merksem",
                    "Districtshuis districtshuis-merksem",
                    "2027-06-12T09:30:00+02:00",
                    "2027-06-12T09:50:00+02:00",
                    false,
                    true)));
    assertThat(response.has("next")).isTrue();
    assertThat(response.at("next")).as("the last page").isNull();
  }

  private static Object slotObject(
      String location, String name, String start, String end, boolean evening, boolean saturday) {
    java.util.Map<String, Object> slot = new java.util.LinkedHashMap<>();
    slot.put("location", location);
    slot.put("locationName", name);
    slot.put(
        "address",
        object(
            "street", "Maurice Dequeeckerplein 1", "postalCode", "2100", "municipality", "Deurne"));
    slot.put("district", "deurne");
    slot.put("distanceMetres", null);
    slot.put("start", start);
    slot.put("end", end);
    slot.put("placesLeft", 2);
    slot.put("evening", evening);
    slot.put("saturday", saturday);
    return slot;
  }

  @Test
  void aPositionGoesToTheUseCaseAndTheDistanceComesBack() {
    when(slots.findSlots(any()))
        .thenReturn(
            new SlotPage(
                List.of(
                    slot(DEURNE, WINTER)
                        .withDistanceFrom(
                            new be.loketopmaat.domain.location.Coordinates(51.2192, 4.4540))),
                null));

    Api.Response response = api.get(SEARCH + "&latitude=51.2192&longitude=4.454");

    assertThat(response.status()).isEqualTo(200);
    assertThat(captured().near())
        .isEqualTo(new be.loketopmaat.domain.location.Coordinates(51.2192, 4.454));
    assertThat(((Number) response.at("slots[0].distanceMetres")).longValue()).isBetween(690L, 710L);
    assertThat(api.get(SEARCH + "&latitude=51.2").status()).isEqualTo(400);
  }

  @Test
  void passesEveryParameterToTheUseCase() {
    Api.Response response =
        api.get(
            "/api/v1/availability?product=eid-application&product=passport&persons=2"
                + "&mode=proximity&location=districtshuis-deurne&location=districtshuis-merksem&evening=true&saturday=false"
                + "&from=2026-11-23&to=2026-12-04&district=deurne&district=merksem&limit=5");

    assertThat(response.status()).isEqualTo(200);
    SlotQuery query = captured();
    assertThat(query.products()).containsExactly(EID, new ProductCode("passport"));
    assertThat(query.persons()).isEqualTo(2);
    assertThat(query.mode()).isEqualTo(Mode.PROXIMITY);
    assertThat(query.locations()).containsExactly(DEURNE, MERKSEM);
    assertThat(query.eveningOnly()).isTrue();
    assertThat(query.saturdayOnly()).isFalse();
    assertThat(query.from()).isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(query.to()).isEqualTo(LocalDate.of(2026, 12, 4));
    assertThat(query.districts())
        .isEqualTo(Set.of(new DistrictCode("deurne"), new DistrictCode("merksem")));
    assertThat(query.limit()).isEqualTo(5);
    assertThat(query.after()).isNull();
  }

  @Test
  void leftOutParametersGetTheirDefaults() {
    api.get(SEARCH);

    SlotQuery query = captured();
    assertThat(query.persons()).isEqualTo(1);
    assertThat(query.mode()).isEqualTo(Mode.FLEXIBLE);
    assertThat(query.locations()).isEmpty();
    assertThat(query.eveningOnly()).isFalse();
    assertThat(query.saturdayOnly()).isFalse();
    assertThat(query.districts()).isEmpty();
    assertThat(query.limit()).as("the use case's default page").isZero();
  }

  @Test
  void theNextCursorLeadsBackToTheSamePositionAndIsUrlSafe() {
    Cursor cursor = new Cursor(LocalDateTime.of(2026, 11, 24, 18, 20), DEURNE);
    when(slots.findSlots(any())).thenReturn(new SlotPage(List.of(slot(DEURNE, WINTER)), cursor));
    String next = (String) api.get(SEARCH).at("next");

    assertThat(next).matches("[A-Za-z0-9_-]+");
    api.get(SEARCH + "&after=" + next);

    ArgumentCaptor<SlotQuery> queries = ArgumentCaptor.forClass(SlotQuery.class);
    verify(slots, org.mockito.Mockito.times(2)).findSlots(queries.capture());
    assertThat(queries.getAllValues().get(1).after()).isEqualTo(cursor);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "garbage!",
        "bm90LWEtY3Vyc29y",
        "djIKMjAyNi0xMS0yNFQxODoyMApkaXN0cmljdHNodWlzLWRldXJuZQ"
      })
  void aGarbledCursorIsRefusedAndSearchesNothing(String after) {
    Api.Response response = api.get(SEARCH + "&after=" + after);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).isEqualTo(PROBLEM_JSON);
    assertThat(response.errorFields()).containsExactly("after");
    verifyNoInteractions(slots);
  }

  @Test
  void aCursorWithABrokenTimeOrCodeIsRefusedToo() {
    String brokenTime = base64("v1\nyesterday\ndistrictshuis-deurne");
    String brokenCode = base64("v1\n2026-11-24T18:20\nDistrictshuis Deurne");

    assertThat(api.get(SEARCH + "&after=" + brokenTime).errorFields()).containsExactly("after");
    assertThat(api.get(SEARCH + "&after=" + brokenCode).errorFields()).containsExactly("after");
    verifyNoInteractions(slots);
  }

  @Test
  void everyRefusedParameterIsNamedAtOnce() {
    Api.Response response =
        api.get("/api/v1/availability?product=EID&mode=nearby&evening=yes&district=-x&limit=0");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.at("type")).isEqualTo("/problems/invalid-input");
    assertThat(response.errorFields())
        .containsExactlyInAnyOrder("product", "mode", "evening", "district", "limit");
    verifyNoInteractions(slots);
  }

  @Test
  void aMissingModeIsNamed() {
    Api.Response response = api.get("/api/v1/availability?product=eid-application");

    assertThat(response.errors()).containsExactly("mode: is required: proximity or flexible");
    verifyNoInteractions(slots);
  }

  @Test
  void aWrongDateOrNumberIsNamedByTheFramework() {
    assertThat(api.get(SEARCH + "&from=24-11-2026").errors())
        .containsExactly("from: must be a date as YYYY-MM-DD");
    assertThat(api.get(SEARCH + "&persons=two").errors())
        .containsExactly("persons: must be a whole number");
    verifyNoInteractions(slots);
  }

  @Test
  void theUseCasesViolationsOfProductsAreNamedByTheParameter() {
    when(slots.findSlots(any()))
        .thenThrow(
            new InvalidInputException(
                "products[0]", "'eid-pickup' is not delivered" + " by appointment"));

    Api.Response response = api.get(SEARCH);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.errors())
        .containsExactly("product: 'eid-pickup' is not delivered by appointment");
  }

  private SlotQuery captured() {
    ArgumentCaptor<SlotQuery> query = ArgumentCaptor.forClass(SlotQuery.class);
    verify(slots).findSlots(query.capture());
    return query.getValue();
  }

  private static String base64(String plain) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }
}
