package be.loketopmaat.adapters.rest.appointment;

import static be.loketopmaat.adapters.rest.appointment.AppointmentAssembler.MANAGEMENT_CODE;

import be.loketopmaat.adapters.rest.openapi.ApiLimits;
import be.loketopmaat.adapters.rest.problem.ProblemResponse;
import be.loketopmaat.application.port.in.ManageAppointmentUseCase;
import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.notification.AppointmentCalendar;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The appointment for the citizen's own calendar, named and placed as the citizen will look for it.
 */
@Controller(AppointmentController.BASE)
@Tag(name = "Appointments")
public class AppointmentCalendarController {
  private final ManageAppointmentUseCase bookings;

  AppointmentCalendarController(ManageAppointmentUseCase bookings) {
    this.bookings = bookings;
  }

  @SecurityRequirement(name = "managementCode")
  @SecurityRequirement(name = "managementCodeLink")
  @Get(
      uri = "/{reference}/calendar.ics",
      produces = {AppointmentCalendar.MEDIA_TYPE, MediaType.APPLICATION_JSON_PROBLEM})
  @Operation(
      operationId = "getAppointmentCalendar",
      summary = "The appointment as an iCalendar event",
      description =
          "For the citizen's own calendar (RFC 5545), in the citizen's language. Needs the management"
              + " code like the appointment; the query parameter suits calendar links.")
  @ApiResponse(
      responseCode = "200",
      description = "A VCALENDAR with one VEVENT",
      content =
          @Content(
              mediaType = AppointmentCalendar.MEDIA_TYPE,
              schema = @Schema(type = "string", format = "binary")))
  @ProblemResponse(code = "400", description = "A malformed reference, or no code")
  @ProblemResponse(code = "404", description = "No appointment with this reference and code")
  public HttpResponse<String> calendar(
      @Parameter(
              description = "The appointment's reference",
              example = "K7M-4QXD",
              schema = @Schema(type = "string", pattern = ApiLimits.REFERENCE))
          @PathVariable
          String reference,
      @Parameter(hidden = true) @Nullable @Header(MANAGEMENT_CODE) String codeHeader,
      @Parameter(hidden = true) @Nullable @QueryValue("code") String code) {
    AppointmentReference ref = AppointmentAssembler.reference(reference);
    String calendar = bookings.calendar(ref, AppointmentAssembler.managementCode(codeHeader, code));
    return HttpResponse.ok(calendar)
        .contentType(MediaType.of(AppointmentCalendar.MEDIA_TYPE + ";charset=utf-8"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"appointment-" + ref.value() + ".ics\"");
  }
}
