package be.loketopmaat.adapters.rest.counter;

import be.loketopmaat.adapters.rest.common.ApiTimes;
import be.loketopmaat.adapters.rest.common.Params;
import be.loketopmaat.adapters.rest.problem.ProblemLanguage;
import be.loketopmaat.adapters.rest.problem.ProblemResponse;
import be.loketopmaat.adapters.rest.staff.StaffRoles;
import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.BrowseCatalogueUseCase;
import be.loketopmaat.application.port.in.BrowseLocationsUseCase;
import be.loketopmaat.application.port.in.CounterAgendaUseCase;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.location.LocationCode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;

/** A location's day as a printable list, for the counter to work on paper when it must. */
@Secured({StaffRoles.COUNTER_CLERK, StaffRoles.LOCATION_MANAGER, StaffRoles.ADMINISTRATOR})
@Controller("/api/v1/staff/locations")
@Tag(name = "Staff: counter", description = "The day at a location's desks (bearer token required)")
@SecurityRequirement(name = "staffToken")
@ProblemResponse(code = "400", description = "A refused parameter, named in 'errors'")
@ProblemResponse(code = "401", description = "Missing or wrong staff token")
@ProblemResponse(code = "404", description = "No such location")
public class DayListController {
  private final CounterAgendaUseCase agenda;
  private final BrowseLocationsUseCase locations;
  private final BrowseCatalogueUseCase catalogue;
  private final Clock clock;

  DayListController(
      CounterAgendaUseCase agenda,
      BrowseLocationsUseCase locations,
      BrowseCatalogueUseCase catalogue,
      Clock clock) {
    this.agenda = agenda;
    this.locations = locations;
    this.catalogue = catalogue;
    this.clock = clock;
  }

  @Get(
      uri = "/{code}/day.pdf",
      produces = {"application/pdf", MediaType.APPLICATION_JSON_PROBLEM})
  @Operation(
      operationId = "dayListPdf",
      summary = "A location's day as a printable list (PDF)",
      description =
          "Who comes when, to which desk, for what, and the blocked desk time, in time order; in the"
              + " language Accept-Language asks for (nl, fr, en). Staff print it each morning so that"
              + " the counter can keep working on paper. Names and references, no national number.")
  @ApiResponse(
      responseCode = "200",
      description = "The day list",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = "string", format = "binary")))
  public HttpResponse<byte[]> dayList(
      HttpRequest<?> request,
      @Parameter(description = "The location's code", example = "districtshuis-deurne")
          @PathVariable
          String code,
      @Parameter(description = "The day (YYYY-MM-DD); today in Brussels when left out")
          @Nullable
          @QueryValue
          LocalDate date) {
    LocationCode location = Params.code("code", code, LocationCode::new);
    LocalDate day = date == null ? ApiTimes.today(clock) : date;
    String name = locations.getLocation(location).location().name();
    Language language = ProblemLanguage.of(request).language();
    byte[] pdf =
        DayListPdf.write(
            agenda.dayView(location, day), name, language, product -> named(product, language));
    return HttpResponse.ok(pdf)
        .contentType(MediaType.of("application/pdf"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"day-" + location.value() + "-" + day + ".pdf\"");
  }

  /** The product's name, or its code when it has left the catalogue since. */
  private String named(String product, Language language) {
    try {
      return catalogue.getProduct(new ProductCode(product)).name().in(language);
    } catch (NotFoundException gone) {
      return product;
    }
  }
}
