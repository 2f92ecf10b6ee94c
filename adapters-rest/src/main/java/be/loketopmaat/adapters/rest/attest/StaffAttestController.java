package be.loketopmaat.adapters.rest.attest;

import be.loketopmaat.adapters.rest.common.Params;
import be.loketopmaat.adapters.rest.common.RequestAssembly;
import be.loketopmaat.adapters.rest.problem.ProblemResponse;
import be.loketopmaat.adapters.rest.staff.StaffActors;
import be.loketopmaat.adapters.rest.staff.StaffRoles;
import be.loketopmaat.application.port.in.AttestRequestsUseCase;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The staff's side of attests delivered automatically: the print-and-mail queue (citizens without
 * eBox consent: list, fetch the PDF, mark printed, which deletes it) and the work queue (requests
 * the rules could not answer, with the reason: list, resolve).
 */
@Controller("/api/v1/staff/attest-requests")
@Tag(
    name = "Staff: attests",
    description = "The post queue and the work queue of automatic attests (bearer token required)")
@SecurityRequirement(name = "staffToken")
@ProblemResponse(code = "400", description = "A refused field, named in 'errors'")
@ProblemResponse(code = "401", description = "Missing or wrong staff token")
@ProblemResponse(code = "403", description = "A role that may not do this")
@ProblemResponse(code = "404", description = "No such request (or no PDF to print)")
public class StaffAttestController {
  private static final int DEFAULT_LIMIT = 200;
  static final String PDF = "application/pdf";

  private final AttestRequestsUseCase attests;
  private final AttestRequestMapper mapper;
  private final StaffActors actors;

  StaffAttestController(
      AttestRequestsUseCase attests, AttestRequestMapper mapper, StaffActors actors) {
    this.attests = attests;
    this.mapper = mapper;
    this.actors = actors;
  }

  @Get("/post-queue{?limit}")
  @Secured({StaffRoles.COUNTER_CLERK, StaffRoles.LOCATION_MANAGER, StaffRoles.ADMINISTRATOR})
  @Operation(
      operationId = "staffAttestPostQueue",
      summary = "The attests to print and mail",
      description = "Citizens without eBox consent get their attest by post; oldest first.")
  @ApiResponse(responseCode = "200", description = "The queue")
  public AttestQueueDto postQueue(
      @Parameter(description = "At most this many (1-500, default 200)") @Nullable @QueryValue
          String limit) {
    return mapper.toQueue(attests.postQueue(limit(limit)));
  }

  @Get("/work-queue{?limit}")
  @Secured({
    StaffRoles.COUNTER_CLERK,
    StaffRoles.CONTACT_CENTRE_AGENT,
    StaffRoles.LOCATION_MANAGER,
    StaffRoles.ADMINISTRATOR
  })
  @Operation(
      operationId = "staffAttestWorkQueue",
      summary = "The attest requests referred to staff",
      description =
          "What the rules could not answer (not registered in the city, the register refused...),"
              + " with the reason; oldest first.")
  @ApiResponse(responseCode = "200", description = "The queue")
  public AttestQueueDto workQueue(
      @Parameter(description = "At most this many (1-500, default 200)") @Nullable @QueryValue
          String limit) {
    return mapper.toQueue(attests.workQueue(limit(limit)));
  }

  @Get("/{id}")
  @Secured({
    StaffRoles.COUNTER_CLERK,
    StaffRoles.CONTACT_CENTRE_AGENT,
    StaffRoles.LOCATION_MANAGER,
    StaffRoles.ADMINISTRATOR
  })
  @Operation(operationId = "staffViewAttest", summary = "Where an attest request stands")
  @ApiResponse(responseCode = "200", description = "The request")
  public AttestRequestDto view(
      @Parameter(description = "The request's id") @PathVariable String id) {
    return mapper.toDto(attests.get(AttestIds.of(id)));
  }

  @Get(
      uri = "/{id}/pdf",
      produces = {PDF, MediaType.APPLICATION_JSON_PROBLEM})
  @Secured({StaffRoles.COUNTER_CLERK, StaffRoles.LOCATION_MANAGER, StaffRoles.ADMINISTRATOR})
  @Operation(
      operationId = "staffPrintAttest",
      summary = "The PDF of an attest in the post queue",
      description = "Kept only until it is marked printed.")
  @ApiResponse(
      responseCode = "200",
      description = "The attest",
      content = @Content(mediaType = PDF, schema = @Schema(type = "string", format = "binary")))
  public HttpResponse<byte[]> pdf(
      @Parameter(description = "The request's id") @PathVariable String id) {
    return HttpResponse.ok(attests.printable(AttestIds.of(id))).contentType(PDF);
  }

  @Post("/{id}/printed")
  @Secured({StaffRoles.COUNTER_CLERK, StaffRoles.LOCATION_MANAGER, StaffRoles.ADMINISTRATOR})
  @Operation(
      operationId = "staffMarkAttestPrinted",
      summary = "The attest was printed and mailed",
      description = "Its PDF is deleted.")
  @ApiResponse(responseCode = "200", description = "The request, PRINTED")
  @ProblemResponse(code = "409", description = "/problems/conflict: attest-not-in-post-queue")
  public AttestRequestDto printed(
      HttpRequest<?> http, @Parameter(description = "The request's id") @PathVariable String id) {
    return mapper.toDto(attests.markPrinted(AttestIds.of(id), actors.of(http)));
  }

  @Post("/{id}/resolve")
  @Secured({
    StaffRoles.COUNTER_CLERK,
    StaffRoles.CONTACT_CENTRE_AGENT,
    StaffRoles.LOCATION_MANAGER,
    StaffRoles.ADMINISTRATOR
  })
  @Operation(
      operationId = "staffResolveAttest",
      summary = "Resolve a referred attest request",
      description = "Says what staff did with it (e.g. made at the desk, sent to the other city).")
  @ApiResponse(responseCode = "200", description = "The request, RESOLVED")
  @ProblemResponse(code = "409", description = "/problems/conflict: attest-not-referred")
  public AttestRequestDto resolve(
      HttpRequest<?> http,
      @Parameter(description = "The request's id") @PathVariable String id,
      @Body AttestResolutionDto body) {
    return mapper.toDto(attests.resolve(AttestIds.of(id), body.note(), actors.of(http)));
  }

  private static int limit(String limit) {
    RequestAssembly request = new RequestAssembly();
    Integer most = Params.wholeNumber(request, "limit", limit);
    request.throwIfAny();
    return most == null ? DEFAULT_LIMIT : most;
  }
}
