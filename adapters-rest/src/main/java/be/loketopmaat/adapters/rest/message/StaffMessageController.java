package be.loketopmaat.adapters.rest.message;

import be.loketopmaat.adapters.rest.common.Params;
import be.loketopmaat.adapters.rest.common.RequestAssembly;
import be.loketopmaat.adapters.rest.problem.ProblemResponse;
import be.loketopmaat.adapters.rest.staff.StaffRoles;
import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.MessageOutboxUseCase;
import be.loketopmaat.application.port.out.Outbox;
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

/** What the outbox holds: queued, sent and failed messages to citizens, and another try. */
@Secured({StaffRoles.LOCATION_MANAGER, StaffRoles.ADMINISTRATOR})
@Controller("/api/v1/staff/messages")
@Tag(
    name = "Staff: messages",
    description = "The messages to citizens and their delivery (bearer token required)")
@SecurityRequirement(name = "staffToken")
@ProblemResponse(code = "400", description = "A refused parameter, named in 'errors'")
@ProblemResponse(code = "401", description = "Missing or invalid staff token")
@ProblemResponse(code = "403", description = "A role that may not see citizens' messages")
public class StaffMessageController {
  static final int DEFAULT_LIMIT = 50;

  private final MessageOutboxUseCase outbox;
  private final MessageMapper mapper;

  StaffMessageController(MessageOutboxUseCase outbox, MessageMapper mapper) {
    this.outbox = outbox;
    this.mapper = mapper;
  }

  @Get
  @Operation(
      operationId = "staffListMessages",
      summary = "The messages in one state, newest first",
      description =
          "QUEUED (waiting or being retried), SENT, or FAILED (dead letters: refused address, or"
              + " out of attempts). FAILED when left out.")
  @ApiResponse(responseCode = "200", description = "The messages")
  public List<StaffMessageDto> list(
      @Parameter(description = "QUEUED, SENT or FAILED") @Nullable @QueryValue String status,
      @Parameter(description = "At most this many (1-500, default 50)") @Nullable @QueryValue
          String limit) {
    RequestAssembly request = new RequestAssembly();
    Outbox.Status state =
        status == null
            ? Outbox.Status.FAILED
            : Params.oneOf(request, "status", status, Outbox.Status.class);
    Integer most =
        limit == null
            ? Integer.valueOf(DEFAULT_LIMIT)
            : Params.wholeNumber(request, "limit", limit);
    if (most != null && (most < 1 || most > MessageOutboxUseCase.MAX_LIMIT)) {
      request.violation("limit", "must be between 1 and {0}", MessageOutboxUseCase.MAX_LIMIT);
    }
    request.throwIfAny();
    return outbox.list(state, most).stream().map(mapper::toDto).toList();
  }

  @Post("/{id}/retry")
  @Operation(
      operationId = "staffRetryMessage",
      summary = "Try a dead letter again",
      description = "Queued again, due now, its attempts counted afresh.")
  @ApiResponse(responseCode = "202", description = "Queued again")
  @ProblemResponse(code = "404", description = "No failed message with this id")
  public HttpResponse<Void> retry(
      @Parameter(description = "The message's id", example = "4711") @PathVariable String id) {
    if (!outbox.retry(Params.rowId(id, "failed message"))) {
      throw new NotFoundException("failed message", id);
    }
    return HttpResponse.accepted();
  }
}
