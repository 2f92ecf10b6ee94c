package be.loketopmaat.adapters.rest.appointment;

import static be.loketopmaat.adapters.rest.appointment.AppointmentAssembler.IDEMPOTENCY_KEY;

import be.loketopmaat.adapters.rest.problem.ProblemResponse;
import be.loketopmaat.adapters.rest.ratelimit.ClientKeys;
import be.loketopmaat.adapters.rest.ratelimit.RateLimited;
import be.loketopmaat.application.port.in.BookAppointmentUseCase;
import be.loketopmaat.application.port.in.BookAppointmentUseCase.Booking;
import be.loketopmaat.application.port.in.VisitUseCase;
import be.loketopmaat.domain.appointment.AppointmentReference;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Staff book for callers and for people at the desk, and move visits along; no management code
 * needed.
 */
@Controller("/api/v1/staff/appointments")
@Tag(
    name = "Staff: appointments",
    description =
        "Booking on behalf of citizens and the visit at the counter" + " (bearer token required)")
@SecurityRequirement(name = "staffToken")
@ProblemResponse(code = "400", description = "A refused field, named in 'errors'")
@ProblemResponse(code = "401", description = "Missing or wrong staff token")
@ProblemResponse(code = "404", description = "No such appointment (or hold, product, location)")
public class StaffAppointmentController {
  private final BookAppointmentUseCase bookings;
  private final VisitUseCase visits;
  private final AppointmentAssembler assembler;
  private final AppointmentMapper mapper;
  private final ClientKeys clients;

  StaffAppointmentController(
      BookAppointmentUseCase bookings,
      VisitUseCase visits,
      AppointmentAssembler assembler,
      AppointmentMapper mapper,
      ClientKeys clients) {
    this.bookings = bookings;
    this.visits = visits;
    this.assembler = assembler;
    this.mapper = mapper;
    this.clients = clients;
  }

  @Post
  @RateLimited
  @Operation(
      operationId = "staffBookAppointment",
      summary = "Book on behalf of a citizen",
      description =
          "As the public booking, plus 'channel': CALL (default) or COUNTER_APPOINTMENT. The answer holds"
              + " the management code, to pass on to the citizen. Limited per client.")
  @ApiResponse(
      responseCode = "201",
      description = "Booked",
      headers =
          @io.swagger.v3.oas.annotations.headers.Header(
              name = "Location",
              description = "The appointment's URI",
              schema = @Schema(type = "string")),
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = AppointmentDto.class)))
  @ProblemResponse(
      code = "409",
      description = "/problems/slot-taken with 'alternatives', or /problems/conflict")
  public HttpResponse<AppointmentDto> book(
      HttpRequest<?> http,
      @Body StaffBookingRequestDto body,
      @Parameter(
              description =
                  "Makes a retry safe: 1-100 printable ASCII characters, unique per booking")
          @Nullable
          @Header(IDEMPOTENCY_KEY)
          String idempotencyKey) {
    Booking booking = bookings.book(assembler.toCommand(body, clients.of(http), idempotencyKey));
    return AppointmentController.created(mapper.toDto(booking), booking.appointment().reference());
  }

  @Post("/{reference}/check-in")
  @Operation(
      operationId = "staffCheckIn",
      summary = "The citizen has arrived",
      description =
          "Within the grace period after the start; later only with a 'lateReason'. Only while the"
              + " location is open, give or take loket.counter.open-margin.")
  @ApiResponse(responseCode = "200", description = "The checked-in appointment")
  @ProblemResponse(code = "400", description = "A blank 'lateReason'")
  @ProblemResponse(
      code = "409",
      description = "/problems/conflict: not-booked, not-today, too-late or location-closed")
  public StaffAppointmentDto checkIn(
      @Parameter(description = "The appointment's reference", example = "K7M-4QXD") @PathVariable
          String reference,
      @Nullable @Body CheckInRequestDto body) {
    AppointmentReference ref = AppointmentAssembler.reference(reference);
    if (body != null && body.lateReason() != null) {
      return mapper.toStaffDto(visits.checkInLate(ref, body.lateReason()));
    }
    return mapper.toStaffDto(visits.checkIn(ref));
  }

  @Post("/{reference}/complete")
  @Operation(operationId = "staffComplete", summary = "The visit is over")
  @ApiResponse(responseCode = "200", description = "The completed appointment")
  @ProblemResponse(code = "409", description = "/problems/conflict: not-called")
  public StaffAppointmentDto complete(
      @Parameter(description = "The appointment's reference") @PathVariable String reference) {
    return mapper.toStaffDto(visits.complete(AppointmentAssembler.reference(reference)));
  }

  @Post("/{reference}/no-show")
  @Operation(
      operationId = "staffNoShow",
      summary = "The citizen did not come",
      description = "Only once the grace period after the start has passed.")
  @ApiResponse(responseCode = "200", description = "The appointment, marked a no-show")
  @ProblemResponse(code = "409", description = "/problems/conflict: not-booked or grace-period")
  public StaffAppointmentDto noShow(
      @Parameter(description = "The appointment's reference") @PathVariable String reference) {
    return mapper.toStaffDto(visits.markNoShow(AppointmentAssembler.reference(reference)));
  }
}
