package be.loketopmaat.adapters.rest.civilstatus;

import be.loketopmaat.adapters.rest.problem.ProblemResponse;
import be.loketopmaat.application.port.in.CivilStatusDeclarationsUseCase;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The e-counter's civil-status declarations (a birth, a recognition, a marriage): the e-counter
 * signed the citizen in (CSAM/itsme) and names them as the declarant, with its own partner key
 * ({@code X-Api-Key}, checked by {@link be.loketopmaat.adapters.rest.attest.ECounterKey}).
 */
@Controller("/api/v1/e-counter/civil-status-declarations")
@Tag(
    name = "E-counter: civil status",
    description =
        "Declarations of a birth, a recognition or a marriage, drafted in DABS and signed by the"
            + " civil-status officer (e-counter key required)")
@SecurityRequirement(name = "eCounterKey")
@ProblemResponse(code = "401", description = "Missing or wrong e-counter key")
@ProblemResponse(code = "404", description = "No such declaration")
public class ECounterCivilStatusController {
  private final CivilStatusDeclarationsUseCase declarations;

  ECounterCivilStatusController(CivilStatusDeclarationsUseCase declarations) {
    this.declarations = declarations;
  }

  @Post
  @Operation(
      operationId = "eCounterDeclareCivilStatus",
      summary = "Declare a birth, a recognition or a marriage for the signed-in citizen",
      description =
          "Stored with its draft in DABS queued in one transaction (201, state SUBMITTED); the"
              + " draft act (DRAFTED) has no legal value until the civil-status officer signs it,"
              + " after which the extract goes to the declarant's eBox (or by post). A birth may"
              + " be declared electronically only where paternity or co-motherhood is presumed,"
              + " a prenatal recognition is registered, or only the mother's filiation is"
              + " established: any other case is kept REFERRED for the counter, which contacts"
              + " the declarant, and answered 409 declaration-referred with the legal reason."
              + " Nothing is lost while DABS is down.")
  @ApiResponse(responseCode = "201", description = "The declaration, state SUBMITTED")
  @ProblemResponse(
      code = "400",
      description = "An invalid national number, an unknown kind or role, named in 'errors'")
  @ProblemResponse(
      code = "409",
      description =
          "/problems/conflict: declaration-referred (may not be electronic: the detail gives the"
              + " legal reason and the declaration's id)")
  public HttpResponse<DeclarationDto> declare(@Body DeclarationOrderDto body) {
    return HttpResponse.<DeclarationDto>status(HttpStatus.CREATED)
        .body(Declarations.dto(declarations.submit(Declarations.facts(body))));
  }

  @Get("/{id}")
  @Operation(operationId = "eCounterViewDeclaration", summary = "Where a declaration stands")
  @ApiResponse(responseCode = "200", description = "The declaration")
  public DeclarationDto view(
      @Parameter(description = "The declaration's id") @PathVariable String id) {
    return Declarations.dto(declarations.get(Declarations.id(id)));
  }
}
