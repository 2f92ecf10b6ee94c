package be.loketopmaat.adapters.rest.document;

import be.loketopmaat.adapters.rest.common.ApiTimes;
import be.loketopmaat.adapters.rest.common.Params;
import be.loketopmaat.adapters.rest.common.RequestAssembly;
import be.loketopmaat.adapters.rest.problem.ProblemResponse;
import be.loketopmaat.adapters.rest.staff.StaffRoles;
import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.FederalCallsUseCase;
import be.loketopmaat.application.port.out.federal.FederalOutbox;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
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
import java.util.List;

/** What the city owes the federal systems: queued, done and failed calls, and another try. */
@Secured({StaffRoles.LOCATION_MANAGER, StaffRoles.ADMINISTRATOR})
@Controller("/api/v1/staff/federal-calls")
@Tag(
    name = "Staff: federal calls",
    description = "The calls to the federal systems and their delivery (bearer token required)")
@SecurityRequirement(name = "staffToken")
@ProblemResponse(code = "400", description = "A refused parameter, named in 'errors'")
@ProblemResponse(code = "401", description = "Missing or invalid staff token")
@ProblemResponse(code = "403", description = "A role that may not see the federal calls")
public class StaffFederalCallController {
  private static final int DEFAULT_LIMIT = 50;
  private final FederalCallsUseCase calls;

  StaffFederalCallController(FederalCallsUseCase calls) {
    this.calls = calls;
  }

  @Get
  @Operation(
      operationId = "staffListFederalCalls",
      summary = "The federal calls in one state, oldest first",
      description =
          "QUEUED (waiting, or retried with backoff while the system is down), DONE, or FAILED"
              + " (given up after the last attempt, or refused). FAILED when left out.")
  @ApiResponse(responseCode = "200", description = "The calls")
  public List<FederalCallDto> list(
      @Parameter(description = "QUEUED, DONE or FAILED") @Nullable @QueryValue String status,
      @Parameter(description = "At most this many (1-500, default 50)") @Nullable @QueryValue
          String limit) {
    RequestAssembly request = new RequestAssembly();
    FederalOutbox.Status state =
        status == null
            ? FederalOutbox.Status.FAILED
            : Params.oneOf(request, "status", status, FederalOutbox.Status.class);
    Integer most = Params.wholeNumber(request, "limit", limit);
    request.throwIfAny();
    return calls.list(state, most == null ? DEFAULT_LIMIT : most).stream()
        .map(
            e ->
                new FederalCallDto(
                    e.id(),
                    e.call().name(),
                    e.subject().toString(),
                    e.status().name(),
                    e.attempts(),
                    ApiTimes.format(e.createdAt()),
                    e.status() == FederalOutbox.Status.QUEUED && e.nextAttemptAt() != null
                        ? ApiTimes.format(e.nextAttemptAt())
                        : null,
                    e.lastError()))
        .toList();
  }

  @Post("/{id}/retry")
  @Operation(
      operationId = "staffRetryFederalCall",
      summary = "Send a failed call again",
      description = "Queued again, due now, its attempts counted afresh.")
  @ApiResponse(responseCode = "202", description = "Queued again")
  @ProblemResponse(code = "404", description = "No failed call with this id")
  public HttpResponse<Void> retry(
      @Parameter(description = "The call's id", example = "42") @PathVariable String id) {
    if (!calls.retry(Params.rowId(id, "failed federal call"))) {
      throw new NotFoundException("failed federal call", id);
    }
    return HttpResponse.accepted();
  }
}
