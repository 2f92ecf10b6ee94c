package be.loketopmaat.adapters.rest;

import static be.loketopmaat.adapters.rest.BookingData.DEURNE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.BrowseCatalogueUseCase;
import be.loketopmaat.application.port.in.BrowseLocationsUseCase;
import be.loketopmaat.application.port.in.BrowseLocationsUseCase.LocationDetails;
import be.loketopmaat.application.port.in.CounterAgendaUseCase;
import be.loketopmaat.application.port.in.CounterAgendaUseCase.DayView;
import be.loketopmaat.application.port.in.CounterAgendaUseCase.DeskAgenda;
import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.appointment.AppointmentStatus;
import be.loketopmaat.domain.appointment.DeskBlock;
import be.loketopmaat.domain.citizen.Citizen;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The day on paper: who comes when for what, in the staff member's language, no national number.
 */
@MicronautTest
class DayListApiTest {
  static final LocalDate DAY = LocalDate.of(2026, 11, 24);

  @Inject EmbeddedServer server;
  @Inject CounterAgendaUseCase agenda;
  @Inject BrowseLocationsUseCase locations;
  @Inject BrowseCatalogueUseCase catalogue;

  @MockBean(CounterAgendaUseCase.class)
  CounterAgendaUseCase agenda() {
    return mock(CounterAgendaUseCase.class);
  }

  @MockBean(BrowseLocationsUseCase.class)
  BrowseLocationsUseCase locations() {
    return mock(BrowseLocationsUseCase.class);
  }

  @MockBean(BrowseCatalogueUseCase.class)
  BrowseCatalogueUseCase catalogue() {
    return mock(BrowseCatalogueUseCase.class);
  }

  @BeforeEach
  void setUp() {
    when(locations.getLocation(DEURNE))
        .thenReturn(new LocationDetails(TestData.deurne(), Map.of()));
    when(catalogue.getProduct(BookingData.EID)).thenReturn(TestData.eidApplication());
  }

  @Test
  void theDayInTimeOrderWithNamesProductsAndBlocksButNoNationalNumber() throws Exception {
    Appointment late = at(LocalDateTime.of(2026, 11, 24, 18, 0), "Łukasz Ödön Peeters");
    Appointment early = at(LocalDateTime.of(2026, 11, 24, 9, 0), "An Janssens");
    DeskBlock lunch =
        new DeskBlock(
            UUID.randomUUID(),
            DEURNE,
            "desk-2",
            LocalDateTime.of(2026, 11, 24, 12, 0),
            LocalDateTime.of(2026, 11, 24, 13, 0),
            "Opleiding");
    when(agenda.dayView(DEURNE, DAY))
        .thenReturn(
            new DayView(
                DEURNE,
                DAY,
                List.of(
                    new DeskAgenda("desk-1", List.of(late, early), List.of()),
                    new DeskAgenda("desk-2", List.of(), List.of(lunch))),
                List.of(),
                List.of()));

    HttpResponse<byte[]> answer = get("nl");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type")).contains("application/pdf");
    assertThat(answer.headers().firstValue("Cache-Control")).contains("no-store");
    String text = text(answer.body());
    assertThat(text)
        .contains("Daglijst", TestData.deurne().name(), "dinsdag 24 november 2026")
        .contains("09:00", "An Janssens", "Geblokkeerd: Opleiding", "18:00")
        .contains(TestData.eidApplication().name().nl(), "geboekt");
    assertThat(text.indexOf("An Janssens")).isLessThan(text.indexOf("Opleiding"));
    assertThat(text.indexOf("Opleiding")).isLessThan(text.indexOf("Peeters"));
    assertThat(text).doesNotContain(early.citizen().insz().digits());
  }

  @Test
  void inFrenchWhenAskedAndAnEmptyDaySaysSo() throws Exception {
    when(agenda.dayView(DEURNE, DAY))
        .thenReturn(new DayView(DEURNE, DAY, List.of(), List.of(), List.of()));

    String text = text(get("fr").body());

    assertThat(text).contains("Liste du jour", "mardi 24 novembre 2026", "Aucun rendez-vous");
  }

  @Test
  void anUnknownLocationIsAProblem() throws Exception {
    when(locations.getLocation(any())).thenThrow(new NotFoundException("location", "nowhere"));

    HttpResponse<byte[]> answer =
        HttpClient.newHttpClient()
            .send(
                request("/api/v1/staff/locations/nowhere/day.pdf?date=2026-11-24", "en"),
                HttpResponse.BodyHandlers.ofByteArray());

    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(answer.headers().firstValue("Content-Type")).contains(Api.PROBLEM_JSON);
  }

  private static Appointment at(LocalDateTime start, String name) {
    Citizen citizen = BookingData.citizen();
    Appointment booked = BookingData.appointment(start, AppointmentStatus.BOOKED);
    return new Appointment(
        UUID.randomUUID(),
        AppointmentReference.random(),
        booked.managementCodeHash(),
        booked.location(),
        "desk-1",
        booked.start(),
        booked.end(),
        booked.products(),
        1,
        new Citizen(citizen.insz(), name, citizen.email(), citizen.phone(), citizen.language()),
        booked.bookedVia(),
        AppointmentStatus.BOOKED,
        null,
        null,
        null,
        null,
        0);
  }

  private HttpResponse<byte[]> get(String language) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            request(
                "/api/v1/staff/locations/districtshuis-deurne/day.pdf?date=2026-11-24", language),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpRequest request(String path, String language) {
    return HttpRequest.newBuilder(server.getURI().resolve(path))
        .header("Authorization", "Bearer " + Api.STAFF_TOKEN)
        .header("Accept-Language", language)
        .GET()
        .build();
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
