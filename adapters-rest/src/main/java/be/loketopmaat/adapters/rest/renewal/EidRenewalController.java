package be.loketopmaat.adapters.rest.renewal;

import be.loketopmaat.adapters.rest.common.ApiTimes;
import be.loketopmaat.adapters.rest.problem.ProblemResponse;
import be.loketopmaat.adapters.rest.ratelimit.RateLimited;
import be.loketopmaat.application.port.in.EidRenewalUseCase;
import be.loketopmaat.application.port.in.EidRenewalUseCase.Confirmation;
import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.renewal.Summons;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The holder's side of an eID renewal summons: the token of the summons' links shows it, confirms
 * the kept slot (a booked appointment) or releases it (free for others at once). The links open the
 * city's page, which posts here: a GET never changes anything, since mail scanners follow links.
 */
@Controller("/api/v1/eid-renewal/summons/{token}")
@Tag(name = "eID renewal", description = "Confirm or release the slot kept for a card's renewal")
@ProblemResponse(code = "404", description = "No summons with this token")
@ProblemResponse(
    code = "409",
    description =
        "/problems/conflict: summons-confirmed, summons-released, summons-lapsed,"
            + " summons-without-slot, or a fair-use limit")
public class EidRenewalController {
  private final EidRenewalUseCase renewal;

  EidRenewalController(EidRenewalUseCase renewal) {
    this.renewal = renewal;
  }

  @Get
  @RateLimited
  @Operation(operationId = "viewEidSummons", summary = "The summons and its kept slot")
  @ApiResponse(responseCode = "200", description = "The summons")
  public SummonsDto view(
      @Parameter(description = "The token of the summons' links") @PathVariable String token) {
    return toDto(renewal.view(token));
  }

  @Post("/confirm")
  @RateLimited
  @Operation(
      operationId = "confirmEidSummons",
      summary = "Book the kept slot",
      description =
          "The kept slot becomes a booked appointment, with a management code and a confirmation"
              + " message. Once: a second confirmation, also a concurrent one, is a 409.")
  @ApiResponse(responseCode = "201", description = "The booked appointment")
  public HttpResponse<ConfirmationDto> confirm(
      @Parameter(description = "The token of the summons' links") @PathVariable String token) {
    Confirmation confirmation = renewal.confirm(token);
    Appointment appointment = confirmation.appointment();
    return HttpResponse.<ConfirmationDto>status(HttpStatus.CREATED)
        .body(
            new ConfirmationDto(
                appointment.reference().value(),
                confirmation.managementCode(),
                appointment.location().value(),
                ApiTimes.format(appointment.start()),
                ApiTimes.format(appointment.end()),
                toDto(confirmation.summons())));
  }

  @Post("/release")
  @RateLimited
  @Operation(
      operationId = "releaseEidSummons",
      summary = "Give the kept slot back",
      description = "The slot is free for others at once; the summons can no longer be confirmed.")
  @ApiResponse(responseCode = "200", description = "The summons, RELEASED")
  public SummonsDto release(
      @Parameter(description = "The token of the summons' links") @PathVariable String token) {
    return toDto(renewal.release(token));
  }

  static SummonsDto toDto(Summons summons) {
    return new SummonsDto(
        summons.state().name(),
        summons.cardValidUntil().toString(),
        summons.slot() == null ? null : summons.slot().location().value(),
        summons.slot() == null ? null : ApiTimes.format(summons.slot().start()),
        summons.slot() == null ? null : ApiTimes.format(summons.slot().end()),
        summons.keptUntil() == null ? null : ApiTimes.format(summons.keptUntil()),
        summons.appointment() == null ? null : summons.appointment().value());
  }
}
