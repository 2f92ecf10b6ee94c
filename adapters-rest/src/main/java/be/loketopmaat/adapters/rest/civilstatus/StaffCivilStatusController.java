package be.loketopmaat.adapters.rest.civilstatus;

import be.loketopmaat.adapters.rest.common.Params;
import be.loketopmaat.adapters.rest.common.RequestAssembly;
import be.loketopmaat.adapters.rest.problem.ProblemResponse;
import be.loketopmaat.adapters.rest.staff.StaffActors;
import be.loketopmaat.adapters.rest.staff.StaffRoles;
import be.loketopmaat.application.port.in.CivilStatusDeclarationsUseCase;
import be.loketopmaat.domain.civilstatus.DeclarationState;
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
 * The civil-status officer's side of electronic declarations: the drafts waiting for review, one
 * declaration, the signature (queued for DABS: DABS down never loses it), the rejection with a
 * reason; and the post queue of extracts for declarants without eBox consent. Signing and rejecting
 * are the officer's (and the administrator's); the counter sees the lists.
 */
@Controller("/api/v1/staff/civil-status-declarations")
@Tag(
    name = "Staff: civil status",
    description =
        "The officer's review and signature of declarations drafted in DABS, and the post queue of"
            + " extracts (bearer token required)")
@SecurityRequirement(name = "staffToken")
@ProblemResponse(code = "400", description = "A refused field, named in 'errors'")
@ProblemResponse(code = "401", description = "Missing or wrong staff token")
@ProblemResponse(code = "403", description = "A role that may not do this")
@ProblemResponse(code = "404", description = "No such declaration (or no extract to print)")
public class StaffCivilStatusController {
  private static final int DEFAULT_LIMIT = 200;
  static final String PDF = "application/pdf";

  private final CivilStatusDeclarationsUseCase declarations;
  private final StaffActors actors;

  StaffCivilStatusController(CivilStatusDeclarationsUseCase declarations, StaffActors actors) {
    this.declarations = declarations;
    this.actors = actors;
  }

  @Get("{?state,limit}")
  @Secured({
    StaffRoles.CIVIL_STATUS_OFFICER,
    StaffRoles.COUNTER_CLERK,
    StaffRoles.CONTACT_CENTRE_AGENT,
    StaffRoles.ADMINISTRATOR
  })
  @Operation(
      operationId = "staffListDeclarations",
      summary = "The declarations in a state, oldest first",
      description =
          "DRAFTED (the default): waiting for the officer's review. REFERRED: for the counter to"
              + " call the declarant. EXTRACT_POSTED: the post queue. FAILED: refused by DABS.")
  @ApiResponse(responseCode = "200", description = "The list")
  public DeclarationDto.ListDto list(
      @Parameter(description = "The state (default DRAFTED)") @Nullable @QueryValue String state,
      @Parameter(description = "At most this many (1-500, default 200)") @Nullable @QueryValue
          String limit) {
    RequestAssembly request = new RequestAssembly();
    DeclarationState in =
        state == null
            ? DeclarationState.DRAFTED
            : Params.oneOf(request, "state", state, DeclarationState.class);
    Integer most = Params.wholeNumber(request, "limit", limit);
    request.throwIfAny();
    return Declarations.list(declarations.inState(in, most == null ? DEFAULT_LIMIT : most));
  }

  @Get("/{id}")
  @Secured({
    StaffRoles.CIVIL_STATUS_OFFICER,
    StaffRoles.COUNTER_CLERK,
    StaffRoles.CONTACT_CENTRE_AGENT,
    StaffRoles.ADMINISTRATOR
  })
  @Operation(operationId = "staffViewDeclaration", summary = "A declaration and where it stands")
  @ApiResponse(responseCode = "200", description = "The declaration")
  public DeclarationDto view(
      @Parameter(description = "The declaration's id") @PathVariable String id) {
    return Declarations.dto(declarations.get(Declarations.id(id)));
  }

  @Post("/{id}/sign")
  @Secured({StaffRoles.CIVIL_STATUS_OFFICER, StaffRoles.ADMINISTRATOR})
  @Operation(
      operationId = "staffSignDeclaration",
      summary = "The civil-status officer signs the draft act",
      description =
          "The signature is stored and queued for DABS in one transaction (state SIGNING): DABS"
              + " down delays it, never loses it. Once DABS signed the act (SIGNED) its extract"
              + " goes to the declarant's eBox, or to the post queue, once. Signing again answers"
              + " the same.")
  @ApiResponse(responseCode = "200", description = "The declaration, SIGNING")
  @ProblemResponse(code = "409", description = "/problems/conflict: declaration-not-drafted")
  public DeclarationDto sign(
      HttpRequest<?> http,
      @Parameter(description = "The declaration's id") @PathVariable String id) {
    return Declarations.dto(declarations.sign(Declarations.id(id), actors.of(http)));
  }

  @Post("/{id}/reject")
  @Secured({StaffRoles.CIVIL_STATUS_OFFICER, StaffRoles.ADMINISTRATOR})
  @Operation(
      operationId = "staffRejectDeclaration",
      summary = "The civil-status officer rejects the draft act, with the reason",
      description = "The road ends REJECTED; the unsigned draft has no legal value.")
  @ApiResponse(responseCode = "200", description = "The declaration, REJECTED")
  @ProblemResponse(code = "409", description = "/problems/conflict: declaration-not-drafted")
  public DeclarationDto reject(
      HttpRequest<?> http,
      @Parameter(description = "The declaration's id") @PathVariable String id,
      @Body DeclarationDto.RejectionDto body) {
    return Declarations.dto(
        declarations.reject(Declarations.id(id), body.reason(), actors.of(http)));
  }

  @Get(
      uri = "/{id}/extract",
      produces = {PDF, MediaType.APPLICATION_JSON_PROBLEM})
  @Secured({
    StaffRoles.CIVIL_STATUS_OFFICER,
    StaffRoles.COUNTER_CLERK,
    StaffRoles.LOCATION_MANAGER,
    StaffRoles.ADMINISTRATOR
  })
  @Operation(
      operationId = "staffPrintExtract",
      summary = "The extract of a declaration in the post queue",
      description = "Kept only until it is marked printed.")
  @ApiResponse(
      responseCode = "200",
      description = "The extract",
      content = @Content(mediaType = PDF, schema = @Schema(type = "string", format = "binary")))
  public HttpResponse<byte[]> extract(
      @Parameter(description = "The declaration's id") @PathVariable String id) {
    return HttpResponse.ok(declarations.printable(Declarations.id(id))).contentType(PDF);
  }

  @Post("/{id}/printed")
  @Secured({
    StaffRoles.CIVIL_STATUS_OFFICER,
    StaffRoles.COUNTER_CLERK,
    StaffRoles.LOCATION_MANAGER,
    StaffRoles.ADMINISTRATOR
  })
  @Operation(
      operationId = "staffMarkExtractPrinted",
      summary = "The extract was printed and mailed",
      description = "Its PDF is deleted; the declaration is EXTRACT_DELIVERED.")
  @ApiResponse(responseCode = "200", description = "The declaration, EXTRACT_DELIVERED")
  @ProblemResponse(code = "409", description = "/problems/conflict: extract-not-in-post-queue")
  public DeclarationDto printed(
      HttpRequest<?> http,
      @Parameter(description = "The declaration's id") @PathVariable String id) {
    return Declarations.dto(declarations.markPrinted(Declarations.id(id), actors.of(http)));
  }
}
