package be.loketopmaat.adapters.rest.appointment;

import static be.loketopmaat.adapters.rest.appointment.AppointmentAssembler.IDEMPOTENCY_KEY;
import static be.loketopmaat.adapters.rest.appointment.AppointmentAssembler.MANAGEMENT_CODE;

import be.loketopmaat.adapters.rest.appointment.AppointmentAssembler.NewSlot;
import be.loketopmaat.adapters.rest.common.RequestAssembly;
import be.loketopmaat.adapters.rest.openapi.ApiLimits;
import be.loketopmaat.adapters.rest.openapi.BookingForms;
import be.loketopmaat.adapters.rest.problem.ProblemResponse;
import be.loketopmaat.adapters.rest.ratelimit.ClientKeys;
import be.loketopmaat.adapters.rest.ratelimit.RateLimited;
import be.loketopmaat.application.port.in.BookAppointmentUseCase;
import be.loketopmaat.application.port.in.BookAppointmentUseCase.Booking;
import be.loketopmaat.application.port.in.ManageAppointmentUseCase;
import be.loketopmaat.application.port.in.ManageAppointmentUseCase.RescheduleCommand;
import be.loketopmaat.application.port.in.RecoverLinkUseCase;
import be.loketopmaat.application.port.in.RecoverLinkUseCase.LinkRequest;
import be.loketopmaat.application.port.in.VisitUseCase;
import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.AppointmentReference;
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
import io.micronaut.http.uri.UriBuilder;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;

/**
 * The citizen's side of an appointment. Booking is open; everything after it needs the management
 * code, and a wrong code answers exactly like an unknown reference.
 */
@Controller("/api/v1/appointments")
@Tag(name = "Appointments")
@ProblemResponse(code = "400", description = "A refused field or parameter, named in 'errors'")
public class AppointmentController {
  static final String BASE = "/api/v1/appointments";

  private final BookAppointmentUseCase bookings;
  private final ManageAppointmentUseCase appointments;
  private final VisitUseCase visits;
  private final RecoverLinkUseCase recovery;
  private final AppointmentAssembler assembler;
  private final AppointmentMapper mapper;
  private final ClientKeys clients;

  AppointmentController(
      BookAppointmentUseCase bookings,
      ManageAppointmentUseCase appointments,
      VisitUseCase visits,
      RecoverLinkUseCase recovery,
      AppointmentAssembler assembler,
      AppointmentMapper mapper,
      ClientKeys clients) {
    this.recovery = recovery;
    this.bookings = bookings;
    this.appointments = appointments;
    this.visits = visits;
    this.assembler = assembler;
    this.mapper = mapper;
    this.clients = clients;
  }

  @Post
  @RateLimited
  @Operation(
      operationId = "bookAppointment",
      summary = "Book an appointment",
      description =
          "From a hold ({hold, citizen}) or directly ({products, persons, location, start, citizen})."
              + " The answer holds the management code, once. With an Idempotency-Key, a retried request returns the"
              + " first booking instead of booking again. Limited per client.")
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
  @ProblemResponse(code = "404", description = "The hold, a product or the location is unknown")
  @ProblemResponse(
      code = "409",
      description =
          "/problems/slot-taken with 'alternatives', or /problems/conflict"
              + " with a 'reason' (hold-expired, too-many-appointments, product-already-booked, recently-released,"
              + " idempotency-key-reused)")
  public HttpResponse<AppointmentDto> book(
      HttpRequest<?> http,
      @Body
          @RequestBody(
              required = true,
              content =
                  @Content(
                      schema =
                          @Schema(
                              oneOf = {BookingForms.FromHold.class, BookingForms.Direct.class})))
          BookingRequestDto body,
      @Parameter(
              description =
                  "Makes a retry safe: 1-100 printable ASCII characters, unique per booking")
          @Nullable
          @Header(IDEMPOTENCY_KEY)
          String idempotencyKey) {
    Booking booking = bookings.book(assembler.toCommand(body, clients.of(http), idempotencyKey));
    return created(mapper.toDto(booking), booking.appointment().reference());
  }

  @SecurityRequirement(name = "managementCode")
  @SecurityRequirement(name = "managementCodeLink")
  @Get("/{reference}")
  @Operation(
      operationId = "getAppointment",
      summary = "An appointment, by its reference and management code")
  @ApiResponse(responseCode = "200", description = "The appointment (without the management code)")
  @ProblemResponse(code = "404", description = "No appointment with this reference and code")
  public AppointmentDto get(
      @Parameter(
              description = "The appointment's reference",
              example = "K7M-4QXD",
              schema = @Schema(type = "string", pattern = ApiLimits.REFERENCE))
          @PathVariable
          String reference,
      @Parameter(hidden = true) @Nullable @Header(MANAGEMENT_CODE) String codeHeader,
      @Parameter(hidden = true) @Nullable @QueryValue("code") String code) {
    return mapper.toDto(mine(reference, codeHeader, code));
  }

  @SecurityRequirement(name = "managementCode")
  @SecurityRequirement(name = "managementCodeLink")
  @Post("/{reference}/reschedule")
  @Operation(
      operationId = "rescheduleAppointment",
      summary = "Move an appointment to another slot",
      description =
          "The old slot is released only once the new one is secured. Products and persons stay.")
  @ApiResponse(responseCode = "200", description = "The moved appointment")
  @ProblemResponse(
      code = "404",
      description = "No appointment with this reference and code, or unknown location")
  @ProblemResponse(
      code = "409",
      description =
          "/problems/slot-taken with 'alternatives', or /problems/conflict"
              + " (reason not-booked)")
  public AppointmentDto reschedule(
      @Parameter(
              description = "The appointment's reference",
              schema = @Schema(type = "string", pattern = ApiLimits.REFERENCE))
          @PathVariable
          String reference,
      @Parameter(hidden = true) @Nullable @Header(MANAGEMENT_CODE) String codeHeader,
      @Parameter(hidden = true) @Nullable @QueryValue("code") String code,
      @Body RescheduleRequestDto body) {
    AppointmentReference ref = AppointmentAssembler.reference(reference);
    String managementCode = AppointmentAssembler.managementCode(codeHeader, code);
    NewSlot slot = assembler.toNewSlot(body);
    return mapper.toDto(
        appointments.reschedule(
            new RescheduleCommand(ref, managementCode, slot.location(), slot.start())));
  }

  @SecurityRequirement(name = "managementCode")
  @SecurityRequirement(name = "managementCodeLink")
  @Post("/{reference}/cancel")
  @Operation(operationId = "cancelAppointment", summary = "Cancel an appointment")
  @ApiResponse(responseCode = "200", description = "The cancelled appointment")
  @ProblemResponse(code = "404", description = "No appointment with this reference and code")
  @ProblemResponse(code = "409", description = "/problems/conflict: not-booked, or started")
  public AppointmentDto cancel(
      @Parameter(
              description = "The appointment's reference",
              schema = @Schema(type = "string", pattern = ApiLimits.REFERENCE))
          @PathVariable
          String reference,
      @Parameter(hidden = true) @Nullable @Header(MANAGEMENT_CODE) String codeHeader,
      @Parameter(hidden = true) @Nullable @QueryValue("code") String code) {
    return mapper.toDto(
        appointments.cancel(
            AppointmentAssembler.reference(reference),
            AppointmentAssembler.managementCode(codeHeader, code)));
  }

  @SecurityRequirement(name = "managementCode")
  @SecurityRequirement(name = "managementCodeLink")
  @Post("/{reference}/check-in")
  @Operation(
      operationId = "checkInAppointment",
      summary = "Report arrival (e.g. at a kiosk)",
      description =
          "On the day of the appointment, until the grace period after its start has passed.")
  @ApiResponse(responseCode = "200", description = "The checked-in appointment")
  @ProblemResponse(code = "404", description = "No appointment with this reference and code")
  @ProblemResponse(
      code = "409",
      description = "/problems/conflict: not-booked, not-today or too-late")
  public AppointmentDto checkIn(
      @Parameter(
              description = "The appointment's reference",
              schema = @Schema(type = "string", pattern = ApiLimits.REFERENCE))
          @PathVariable
          String reference,
      @Parameter(hidden = true) @Nullable @Header(MANAGEMENT_CODE) String codeHeader,
      @Parameter(hidden = true) @Nullable @QueryValue("code") String code) {
    // The counter's check-in takes no code (staff check citizens in by reference): the code is
    // proven first.
    Appointment appointment = mine(reference, codeHeader, code);
    return mapper.toDto(visits.checkIn(appointment.reference(), null));
  }

  @Post("/link-requests")
  @RateLimited
  @Operation(
      operationId = "requestManagementLink",
      summary = "Lost the link to your appointment? Ask for a new one",
      description =
          "Give the reference, or the e-mail address or phone number you booked with (everything"
              + " given must match). Each upcoming appointment that matches gets a new management"
              + " code, sent only to the address and/or phone number on the booking; the old link"
              + " stops working. The answer is the same whether anything matched or not. Limited"
              + " per client.")
  @ApiResponse(responseCode = "202", description = "If anything matched, a new link is on its way")
  public HttpResponse<Void> requestLink(@Body LinkRequestDto body) {
    RequestAssembly request = new RequestAssembly();
    AppointmentReference reference =
        body.reference() == null
            ? null
            : request.value("reference", body.reference(), AppointmentReference::new);
    request.throwIfAny();
    recovery.requestLink(new LinkRequest(reference, body.email(), body.phone()));
    return HttpResponse.accepted();
  }

  private Appointment mine(String reference, @Nullable String codeHeader, @Nullable String code) {
    return AppointmentAssembler.mine(appointments, reference, codeHeader, code);
  }

  static HttpResponse<AppointmentDto> created(AppointmentDto body, AppointmentReference reference) {
    URI uri = UriBuilder.of(BASE).path(reference.value()).build();
    return HttpResponse.created(body, uri);
  }
}
