package be.loketopmaat.adapters.rest.appointment;

import static be.loketopmaat.adapters.rest.appointment.AppointmentAssembler.IDEMPOTENCY_KEY;

import be.loketopmaat.adapters.rest.common.ApiTimes;
import be.loketopmaat.adapters.rest.common.Params;
import be.loketopmaat.adapters.rest.common.RequestAssembly;
import be.loketopmaat.adapters.rest.openapi.ApiLimits;
import be.loketopmaat.adapters.rest.openapi.BookingForms;
import be.loketopmaat.adapters.rest.problem.ProblemResponse;
import be.loketopmaat.adapters.rest.ratelimit.ClientKeys;
import be.loketopmaat.adapters.rest.ratelimit.RateLimited;
import be.loketopmaat.adapters.rest.staff.StaffActors;
import be.loketopmaat.adapters.rest.staff.StaffRoles;
import be.loketopmaat.application.port.in.BookAppointmentUseCase;
import be.loketopmaat.application.port.in.BookAppointmentUseCase.Booking;
import be.loketopmaat.application.port.in.StaffAppointmentsUseCase;
import be.loketopmaat.application.port.in.StaffAppointmentsUseCase.Search;
import be.loketopmaat.application.port.in.StaffAppointmentsUseCase.StaffReschedule;
import be.loketopmaat.application.port.in.VisitUseCase;
import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.staff.StaffMember;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Staff book for callers and for people at the desk, find a citizen's appointment, move or cancel
 * it for them, send them a fresh link, and move visits along; no management code needed. Every
 * action is recorded with who did it (see {@link StaffActors}).
 */
@Secured({
  StaffRoles.COUNTER_CLERK,
  StaffRoles.CONTACT_CENTRE_AGENT,
  StaffRoles.LOCATION_MANAGER,
  StaffRoles.CIVIL_STATUS_OFFICER,
  StaffRoles.ADMINISTRATOR
})
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
  private final StaffAppointmentsUseCase staff;
  private final VisitUseCase visits;
  private final AppointmentAssembler assembler;
  private final AppointmentMapper mapper;
  private final ClientKeys clients;
  private final StaffActors actors;

  StaffAppointmentController(
      BookAppointmentUseCase bookings,
      StaffAppointmentsUseCase staff,
      VisitUseCase visits,
      AppointmentAssembler assembler,
      AppointmentMapper mapper,
      ClientKeys clients,
      StaffActors actors) {
    this.bookings = bookings;
    this.staff = staff;
    this.visits = visits;
    this.assembler = assembler;
    this.mapper = mapper;
    this.clients = clients;
    this.actors = actors;
  }

  @Get
  @Operation(
      operationId = "staffFindAppointments",
      summary = "Find a citizen's appointments",
      description =
          "Each appointment found is recorded as listed for whoever searched. Every criterion"
              + " given must match; give at least a reference, a national number, a name"
              + " (2+ characters, any part, any case) or a date. By start, then reference; at most"
              + " 'limit' (default 50, at most 200).")
  @ApiResponse(responseCode = "200", description = "The matching appointments")
  public List<StaffAppointmentDto> search(
      HttpRequest<?> http,
      @Parameter(
              description = "The appointment's reference",
              example = "K7M-4QXD",
              schema = @Schema(type = "string", pattern = ApiLimits.REFERENCE))
          @Nullable
          @QueryValue
          String reference,
      @Parameter(description = "The citizen's national number (INSZ)", example = "85.07.30-033.28")
          @Nullable
          @QueryValue
          String insz,
      @Parameter(description = "Part of the citizen's name", example = "peeters")
          @Nullable
          @QueryValue
          String name,
      @Parameter(description = "The day of the appointment (YYYY-MM-DD)") @Nullable @QueryValue
          String date,
      @Parameter(description = "The location's code", example = "districtshuis-deurne")
          @Nullable
          @QueryValue
          String location,
      @Parameter(description = "At most this many (1-200, default 50)") @Nullable @QueryValue
          String limit) {
    RequestAssembly request = new RequestAssembly();
    AppointmentReference ref =
        reference == null ? null : request.value("reference", reference, AppointmentReference::new);
    NationalNumber nationalNumber =
        insz == null ? null : request.value("insz", insz, NationalNumber::new);
    LocalDate day = Params.date(request, "date", date);
    LocationCode where =
        location == null ? null : request.value("location", location, LocationCode::new);
    Integer most = Params.wholeNumber(request, "limit", limit);
    request.throwIfAny();
    StaffMember by = actors.of(http);
    return staff.search(new Search(ref, nationalNumber, name, day, where, most), by).stream()
        .map(mapper::toStaffDto)
        .toList();
  }

  @Get("/{reference}")
  @Operation(
      operationId = "staffViewAppointment",
      summary = "An appointment with its record of staff actions",
      description = "Looking is recorded too: the appointment holds personal data.")
  @ApiResponse(responseCode = "200", description = "The appointment and its history, oldest first")
  public AppointmentFileDto view(
      HttpRequest<?> http,
      @Parameter(
              description = "The appointment's reference",
              example = "K7M-4QXD",
              schema = @Schema(type = "string", pattern = ApiLimits.REFERENCE))
          @PathVariable
          String reference) {
    StaffMember by = actors.of(http);
    return mapper.toDto(staff.view(AppointmentAssembler.reference(reference), by));
  }

  @Post("/{reference}/reschedule")
  @Operation(
      operationId = "staffRescheduleAppointment",
      summary = "Move a citizen's appointment for them",
      description =
          "The reason is required and recorded. The old slot is released only once the new one is"
              + " secured; the citizen is told.")
  @ApiResponse(responseCode = "200", description = "The moved appointment")
  @ProblemResponse(
      code = "409",
      description = "/problems/slot-taken with 'alternatives', or /problems/conflict: not-booked")
  public StaffAppointmentDto reschedule(
      HttpRequest<?> http,
      @Parameter(
              description = "The appointment's reference",
              schema = @Schema(type = "string", pattern = ApiLimits.REFERENCE))
          @PathVariable
          String reference,
      @Body StaffRescheduleRequestDto body) {
    StaffMember by = actors.of(http);
    RequestAssembly request = new RequestAssembly();
    AppointmentReference ref = AppointmentAssembler.reference(reference);
    LocationCode location = request.value("location", body.location(), LocationCode::new);
    LocalDateTime start = request.value("start", body.start(), ApiTimes::parse);
    request.required("reason", body.reason());
    request.throwIfAny();
    return mapper.toStaffDto(
        staff.reschedule(new StaffReschedule(ref, location, start, by, body.reason())));
  }

  @Post("/{reference}/cancel")
  @Operation(
      operationId = "staffCancelAppointment",
      summary = "Cancel a citizen's appointment for them",
      description = "The reason is required and recorded; the citizen is told.")
  @ApiResponse(responseCode = "200", description = "The cancelled appointment")
  @ProblemResponse(code = "409", description = "/problems/conflict: not-booked, or started")
  public StaffAppointmentDto cancel(
      HttpRequest<?> http,
      @Parameter(
              description = "The appointment's reference",
              schema = @Schema(type = "string", pattern = ApiLimits.REFERENCE))
          @PathVariable
          String reference,
      @Body StaffReasonDto body) {
    StaffMember by = actors.of(http);
    return mapper.toStaffDto(
        staff.cancel(AppointmentAssembler.reference(reference), by, body.reason()));
  }

  @Post("/{reference}/management-link")
  @Operation(
      operationId = "staffSendManagementLink",
      summary = "Send the citizen a fresh link to manage their appointment",
      description =
          "A new management code, sent only to the e-mail address and/or phone number on the"
              + " booking; the old link stops working. The code is never shown to staff.")
  @ApiResponse(responseCode = "202", description = "The link is on its way")
  @ProblemResponse(code = "409", description = "/problems/conflict: not-booked")
  public HttpResponse<Void> sendManagementLink(
      HttpRequest<?> http,
      @Parameter(
              description = "The appointment's reference",
              schema = @Schema(type = "string", pattern = ApiLimits.REFERENCE))
          @PathVariable
          String reference) {
    StaffMember by = actors.of(http);
    staff.sendManagementLink(AppointmentAssembler.reference(reference), by);
    return HttpResponse.accepted();
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
      @Body
          @RequestBody(
              required = true,
              content =
                  @Content(
                      schema =
                          @Schema(
                              oneOf = {
                                BookingForms.StaffFromHold.class,
                                BookingForms.StaffDirect.class
                              })))
          StaffBookingRequestDto body,
      @Parameter(
              description =
                  "Makes a retry safe: 1-100 printable ASCII characters, unique per booking")
          @Nullable
          @Header(IDEMPOTENCY_KEY)
          String idempotencyKey) {
    StaffMember by = actors.of(http);
    Booking booking =
        bookings.bookFor(assembler.toCommand(body, clients.of(http), idempotencyKey), by);
    return AppointmentController.created(mapper.toDto(booking), booking.appointment().reference());
  }

  @Post("/{reference}/check-in")
  // The visit itself is the counter's: whoever receives citizens at a desk.
  @Secured({
    StaffRoles.COUNTER_CLERK,
    StaffRoles.LOCATION_MANAGER,
    StaffRoles.CIVIL_STATUS_OFFICER,
    StaffRoles.ADMINISTRATOR
  })
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
      HttpRequest<?> http,
      @Parameter(
              description = "The appointment's reference",
              example = "K7M-4QXD",
              schema = @Schema(type = "string", pattern = ApiLimits.REFERENCE))
          @PathVariable
          String reference,
      @Nullable @Body CheckInRequestDto body) {
    StaffMember by = actors.of(http);
    AppointmentReference ref = AppointmentAssembler.reference(reference);
    if (body != null && body.lateReason() != null) {
      return mapper.toStaffDto(visits.checkInLate(ref, body.lateReason(), by));
    }
    return mapper.toStaffDto(visits.checkIn(ref, by));
  }

  @Post("/{reference}/complete")
  // The visit itself is the counter's: whoever receives citizens at a desk.
  @Secured({
    StaffRoles.COUNTER_CLERK,
    StaffRoles.LOCATION_MANAGER,
    StaffRoles.CIVIL_STATUS_OFFICER,
    StaffRoles.ADMINISTRATOR
  })
  @Operation(operationId = "staffComplete", summary = "The visit is over")
  @ApiResponse(responseCode = "200", description = "The completed appointment")
  @ProblemResponse(code = "409", description = "/problems/conflict: not-called")
  public StaffAppointmentDto complete(
      HttpRequest<?> http,
      @Parameter(
              description = "The appointment's reference",
              schema = @Schema(type = "string", pattern = ApiLimits.REFERENCE))
          @PathVariable
          String reference) {
    StaffMember by = actors.of(http);
    return mapper.toStaffDto(visits.complete(AppointmentAssembler.reference(reference), by));
  }

  @Post("/{reference}/no-show")
  // The visit itself is the counter's: whoever receives citizens at a desk.
  @Secured({
    StaffRoles.COUNTER_CLERK,
    StaffRoles.LOCATION_MANAGER,
    StaffRoles.CIVIL_STATUS_OFFICER,
    StaffRoles.ADMINISTRATOR
  })
  @Operation(
      operationId = "staffNoShow",
      summary = "The citizen did not come",
      description = "Only once the grace period after the start has passed.")
  @ApiResponse(responseCode = "200", description = "The appointment, marked a no-show")
  @ProblemResponse(code = "409", description = "/problems/conflict: not-booked or grace-period")
  public StaffAppointmentDto noShow(
      HttpRequest<?> http,
      @Parameter(
              description = "The appointment's reference",
              schema = @Schema(type = "string", pattern = ApiLimits.REFERENCE))
          @PathVariable
          String reference) {
    StaffMember by = actors.of(http);
    return mapper.toStaffDto(visits.markNoShow(AppointmentAssembler.reference(reference), by));
  }
}
