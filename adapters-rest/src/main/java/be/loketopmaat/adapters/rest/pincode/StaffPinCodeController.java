package be.loketopmaat.adapters.rest.pincode;

import be.loketopmaat.adapters.rest.appointment.AppointmentAssembler;
import be.loketopmaat.adapters.rest.common.Params;
import be.loketopmaat.adapters.rest.common.RequestAssembly;
import be.loketopmaat.adapters.rest.problem.ProblemResponse;
import be.loketopmaat.adapters.rest.staff.StaffActors;
import be.loketopmaat.adapters.rest.staff.StaffRoles;
import be.loketopmaat.application.port.in.PinCodesUseCase;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.location.LocationCode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;

/**
 * New PIN/PUK codes at the desk: take a citizen's request (its order goes to the card production),
 * follow it, see the letters waiting at a location, hand one over.
 */
@Controller("/api/v1/staff/pin-codes")
@Tag(
    name = "Staff: PIN/PUK codes",
    description = "From the request to the hand-over of the codes letter (bearer token required)")
@SecurityRequirement(name = "staffToken")
@ProblemResponse(code = "400", description = "A refused field, named in 'errors'")
@ProblemResponse(code = "401", description = "Missing or wrong staff token")
@ProblemResponse(code = "403", description = "A role that may not do this")
@ProblemResponse(code = "404", description = "No such request (or location)")
public class StaffPinCodeController {
  private static final int DEFAULT_LIMIT = 200;
  private final PinCodesUseCase codes;
  private final PinCodeMapper mapper;
  private final StaffActors actors;

  StaffPinCodeController(PinCodesUseCase codes, PinCodeMapper mapper, StaffActors actors) {
    this.codes = codes;
    this.mapper = mapper;
    this.actors = actors;
  }

  @Post
  @Secured({
    StaffRoles.COUNTER_CLERK,
    StaffRoles.LOCATION_MANAGER,
    StaffRoles.CIVIL_STATUS_OFFICER,
    StaffRoles.ADMINISTRATOR
  })
  @Operation(
      operationId = "staffRequestPinCodes",
      summary = "Request new PIN/PUK codes for a citizen's card",
      description =
          "The order to the card production is queued in the same transaction and sent when the"
              + " production answers; the letter reaches the pickup location in about three weeks"
              + " and the citizen is told. Refused (409) while the citizen has an open request or"
              + " a new card with a chip is on its way; the production refuses it (the request"
              + " ends REFUSED, the citizen is told why) while an address change is pending or"
              + " there is no active card. The pickup location needs a safe and a pickup desk.")
  @ApiResponse(responseCode = "201", description = "The request, state REQUESTED")
  @ProblemResponse(
      code = "409",
      description = "/problems/conflict: codes-request-open, or card-order-pending")
  public HttpResponse<PinCodeDto> request(HttpRequest<?> http, @Body PinCodeRequestDto body) {
    RequestAssembly request = new RequestAssembly();
    Citizen citizen =
        request.required("citizen", body.citizen()) == null
            ? null
            : AppointmentAssembler.citizen(request, body.citizen());
    LocationCode pickupAt = request.value("pickupAt", body.pickupAt(), LocationCode::new);
    request.throwIfAny();
    return HttpResponse.<PinCodeDto>status(HttpStatus.CREATED)
        .body(
            mapper.toDto(
                codes.request(new PinCodesUseCase.Request(citizen, pickupAt), actors.of(http))));
  }

  @Get("/{id}")
  @Secured({
    StaffRoles.COUNTER_CLERK,
    StaffRoles.CONTACT_CENTRE_AGENT,
    StaffRoles.LOCATION_MANAGER,
    StaffRoles.CIVIL_STATUS_OFFICER,
    StaffRoles.ADMINISTRATOR
  })
  @Operation(operationId = "staffViewPinCodes", summary = "Where a PIN/PUK request stands")
  @ApiResponse(responseCode = "200", description = "The request")
  public PinCodeDto view(@Parameter(description = "The request's id") @PathVariable String id) {
    return mapper.toDto(codes.get(id(id)));
  }

  @Get("{?location,limit}")
  @Secured({
    StaffRoles.COUNTER_CLERK,
    StaffRoles.CONTACT_CENTRE_AGENT,
    StaffRoles.LOCATION_MANAGER,
    StaffRoles.ADMINISTRATOR
  })
  @Operation(
      operationId = "staffListPinCodeLetters",
      summary = "The PIN/PUK letters waiting at a location",
      description = "The letters that arrived and were not handed over yet, longest there first.")
  @ApiResponse(responseCode = "200", description = "The letters")
  public PinCodeLettersDto waiting(
      @Parameter(description = "The location's code") @Nullable @QueryValue String location,
      @Parameter(description = "At most this many (1-500, default 200)") @Nullable @QueryValue
          String limit) {
    RequestAssembly request = new RequestAssembly();
    LocationCode at = request.value("location", location, LocationCode::new);
    Integer most = Params.wholeNumber(request, "limit", limit);
    request.throwIfAny();
    return mapper.toLetters(at.value(), codes.waiting(at, most == null ? DEFAULT_LIMIT : most));
  }

  @Post("/{id}/hand-over")
  @Secured({StaffRoles.COUNTER_CLERK, StaffRoles.LOCATION_MANAGER, StaffRoles.ADMINISTRATOR})
  @Operation(
      operationId = "staffHandOverPinCodes",
      summary = "Hand the codes letter over",
      description = "To the holder in person, after checking their identity card.")
  @ApiResponse(responseCode = "200", description = "The request, HANDED_OVER")
  @ProblemResponse(code = "409", description = "/problems/conflict: not-in-safe")
  public PinCodeDto handOver(
      HttpRequest<?> http, @Parameter(description = "The request's id") @PathVariable String id) {
    return mapper.toDto(codes.handOver(id(id), actors.of(http)));
  }

  private static UUID id(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException notAnId) {
      throw new InvalidInputException("id", "is not a PIN/PUK request id (a UUID)");
    }
  }
}
