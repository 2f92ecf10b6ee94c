package be.loketopmaat.adapters.rest;

import static be.loketopmaat.adapters.rest.Api.PROBLEM_JSON;
import static be.loketopmaat.adapters.rest.BookingData.MANAGEMENT_CODE;
import static be.loketopmaat.adapters.rest.BookingData.WINTER;
import static be.loketopmaat.adapters.rest.BookingData.booked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import be.loketopmaat.application.port.in.BookAppointmentUseCase;
import be.loketopmaat.application.port.in.BookAppointmentUseCase.BookCommand;
import be.loketopmaat.application.port.in.BookAppointmentUseCase.Booking;
import be.loketopmaat.application.port.in.FindSlotsUseCase;
import be.loketopmaat.application.port.in.FindSlotsUseCase.SlotPage;
import be.loketopmaat.application.port.in.HoldSlotUseCase;
import be.loketopmaat.application.port.in.ManageAppointmentUseCase;
import be.loketopmaat.application.port.in.RecoverLinkUseCase;
import be.loketopmaat.application.port.in.StaffAppointmentsUseCase;
import be.loketopmaat.application.port.in.VisitUseCase;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * A tiny limit (a burst of 2, then 1 a minute), keyed by a gateway's client header as a deployment
 * behind one would be. Each test uses its own client id, since the buckets outlive a test.
 */
@MicronautTest
@Property(name = "loket.rate-limit.requests-per-minute", value = "1")
@Property(name = "loket.rate-limit.burst", value = "2")
@Property(name = "loket.rate-limit.client-header", value = "X-Client-Id")
class RateLimitApiTest {
  static final String HOLD = HoldApiTest.HOLD;
  static final String BOOKING = AppointmentApiTest.DIRECT;

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject BookAppointmentUseCase bookings;
  @Inject FindSlotsUseCase slots;
  Api api;

  @Inject HoldSlotUseCase holds;

  @MockBean(ManageAppointmentUseCase.class)
  ManageAppointmentUseCase appointments() {
    return mock(ManageAppointmentUseCase.class);
  }

  @MockBean(HoldSlotUseCase.class)
  HoldSlotUseCase holds() {
    return mock(HoldSlotUseCase.class);
  }

  @MockBean(BookAppointmentUseCase.class)
  BookAppointmentUseCase bookings() {
    return mock(BookAppointmentUseCase.class);
  }

  /** The booking controllers need it for check-in; nothing here calls it. */
  @Inject VisitUseCase visits;

  @MockBean(VisitUseCase.class)
  VisitUseCase visits() {
    return mock(VisitUseCase.class);
  }

  @MockBean(RecoverLinkUseCase.class)
  RecoverLinkUseCase recoverLink() {
    return mock(RecoverLinkUseCase.class);
  }

  @MockBean(StaffAppointmentsUseCase.class)
  StaffAppointmentsUseCase staffAppointments() {
    return mock(StaffAppointmentsUseCase.class);
  }

  @MockBean(FindSlotsUseCase.class)
  FindSlotsUseCase slots() {
    return mock(FindSlotsUseCase.class);
  }

  @BeforeEach
  void setUp() {
    api = new Api(server, json);
    when(holds.hold(any())).thenReturn(BookingData.hold(WINTER));
    when(bookings.book(any())).thenReturn(new Booking(booked(), MANAGEMENT_CODE));
    when(bookings.bookFor(any(), any())).thenReturn(new Booking(booked(), MANAGEMENT_CODE));
    when(slots.findSlots(any())).thenReturn(new SlotPage(List.of(), null));
  }

  @Test
  void pastTheBurstAClientIsToldToWaitAndItsRequestReachesNoUseCase() {
    assertThat(hold("kiosk-1").status()).isEqualTo(201);
    assertThat(hold("kiosk-1").status()).isEqualTo(201);

    Api.Response refused = hold("kiosk-1");

    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.contentType()).isEqualTo(PROBLEM_JSON);
    assertThat(refused.at("type")).isEqualTo("/problems/too-many-requests");
    assertThat(refused.at("status")).isEqualTo(429);
    assertThat(Integer.parseInt(refused.header("Retry-After")))
        .as("one a minute")
        .isBetween(55, 60);
    verify(holds, times(2)).hold(any());
  }

  @Test
  void holdsAndBookingsPublicOrStaffDrawFromTheSameBucket() {
    assertThat(hold("kiosk-2").status()).isEqualTo(201);
    assertThat(api.post("/api/v1/appointments", BOOKING, "X-Client-Id", "kiosk-2").status())
        .isEqualTo(201);

    Api.Response refused = staffBooking("kiosk-2", true);

    assertThat(refused.status()).isEqualTo(429);
    verify(bookings, times(1)).book(any());
  }

  @Test
  void eachClientHasItsOwnBucket() {
    hold("kiosk-3");
    hold("kiosk-3");
    assertThat(hold("kiosk-3").status()).isEqualTo(429);

    assertThat(hold("kiosk-4").status()).isEqualTo(201);
  }

  @Test
  void searchingIsNotLimited() {
    for (int i = 0; i < 5; i++) {
      assertThat(
              api.get(
                      "/api/v1/availability?product=eid-application&mode=flexible",
                      "X-Client-Id",
                      "kiosk-5")
                  .status())
          .isEqualTo(200);
    }
  }

  @Test
  void theIdempotencyKeyIsScopedByTheGatewaysClientId() {
    api.post(
        "/api/v1/appointments", BOOKING, "X-Client-Id", "kiosk-6", "Idempotency-Key", "retry-me");

    ArgumentCaptor<BookCommand> command = ArgumentCaptor.forClass(BookCommand.class);
    verify(bookings).book(command.capture());
    assertThat(command.getValue().client()).isEqualTo("id:kiosk-6");
    assertThat(command.getValue().idempotencyKey()).isEqualTo("retry-me");
  }

  @Test
  void requestsRefusedForTheirTokenDoNotUseUpTheBucket() {
    for (int i = 0; i < 3; i++) {
      assertThat(staffBooking("desk-pc-7", false).status()).isEqualTo(401);
    }

    assertThat(staffBooking("desk-pc-7", true).status()).isEqualTo(201);
    assertThat(staffBooking("desk-pc-7", true).status()).isEqualTo(201);
    assertThat(staffBooking("desk-pc-7", true).status()).isEqualTo(429);
  }

  @Test
  void anotherSpellingOfThePathIsLimitedAlike() {
    // The router takes a trailing slash as the same route; a path pattern would have to know that.
    assertThat(api.post("/api/v1/holds/", HOLD, "X-Client-Id", "kiosk-8").status()).isEqualTo(201);
    assertThat(api.post("/api/v1/holds/", HOLD, "X-Client-Id", "kiosk-8").status()).isEqualTo(201);

    assertThat(hold("kiosk-8").status()).as("the trailing slashes counted").isEqualTo(429);
  }

  @Test
  void withoutTheGatewaysHeaderTheAddressIsTheClient() {
    api.post("/api/v1/holds", HOLD);
    api.post("/api/v1/holds", HOLD);

    assertThat(api.post("/api/v1/holds", HOLD).status()).isEqualTo(429);
    assertThat(hold("kiosk-9").status()).as("not the same client").isEqualTo(201);
  }

  private Api.Response hold(String client) {
    return api.post("/api/v1/holds", HOLD, "X-Client-Id", client);
  }

  private Api.Response staffBooking(String client, boolean withToken) {
    Map<String, String> headers = new java.util.HashMap<>(Map.of("X-Client-Id", client));
    if (withToken) {
      headers.put("Authorization", "Bearer " + Api.STAFF_TOKEN);
    }
    return api.sendWith("POST", "/api/v1/staff/appointments", "application/json", BOOKING, headers);
  }
}
