package be.loketopmaat.adapters.rest.renewal;

import be.loketopmaat.adapters.rest.common.ApiTimes;
import be.loketopmaat.adapters.rest.common.Params;
import be.loketopmaat.adapters.rest.common.RequestAssembly;
import be.loketopmaat.adapters.rest.location.AddressDto;
import be.loketopmaat.adapters.rest.problem.ProblemResponse;
import be.loketopmaat.adapters.rest.staff.StaffActors;
import be.loketopmaat.adapters.rest.staff.StaffRoles;
import be.loketopmaat.application.port.in.EidRenewalUseCase;
import be.loketopmaat.application.port.in.EidRenewalUseCase.RunSummary;
import be.loketopmaat.domain.renewal.Summons;
import be.loketopmaat.domain.renewal.SummonsOutcome;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
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
import java.time.LocalDate;
import java.util.List;

/** Proactive eID renewal for staff: start a run for a day and see what it decided. */
@Controller("/api/v1/staff/eid-renewal")
@Tag(
    name = "Staff: eID renewal",
    description = "Summonses of residents whose identity card runs out (bearer token required)")
@SecurityRequirement(name = "staffToken")
@ProblemResponse(code = "400", description = "A refused field, named in 'errors'")
@ProblemResponse(code = "401", description = "Missing or wrong staff token")
@ProblemResponse(code = "403", description = "A role that may not do this")
public class StaffEidRenewalController {
  private static final int DEFAULT_LIMIT = 200;
  private final EidRenewalUseCase renewal;
  private final StaffActors actors;

  StaffEidRenewalController(EidRenewalUseCase renewal, StaffActors actors) {
    this.renewal = renewal;
    this.actors = actors;
  }

  @Post("/runs")
  @Secured({StaffRoles.LOCATION_MANAGER, StaffRoles.ADMINISTRATOR})
  @Operation(
      operationId = "staffStartEidRenewalRun",
      summary = "Summon the residents whose card runs out soon",
      description =
          "Asks the population register for the residents' cards that run out within the horizon"
              + " (loket.eid-renewal.horizon-days) and summons each holder once per card: a slot"
              + " kept at a location near home (capped per location and day), an invitation to"
              + " book when nothing fits, a letter when the register gave no contact; holders with"
              + " an eID appointment or application open are skipped. Idempotent: a second run"
              + " keeps nothing twice. When the register goes down the run stops (complete"
              + " false); the next one goes on.")
  @ApiResponse(responseCode = "200", description = "What the run did")
  @ProblemResponse(code = "409", description = "/problems/conflict: eid-renewal-running")
  public RunDto run(HttpRequest<?> http, @Body RunRequestDto body) {
    RequestAssembly request = new RequestAssembly();
    LocalDate date = Params.date(request, "date", request.required("date", body.date()));
    request.throwIfAny();
    RunSummary summary = renewal.run(date, actors.of(http).id());
    return new RunDto(
        summary.date().toString(),
        summary.lastDue().toString(),
        summary.kept(),
        summary.invited(),
        summary.byPost(),
        summary.skipped(),
        summary.alreadySummoned(),
        summary.lapsed(),
        summary.complete(),
        summary.stoppedBecause());
  }

  @Get("/runs/{date}/decisions{?outcome,limit}")
  @Secured({
    StaffRoles.COUNTER_CLERK,
    StaffRoles.CONTACT_CENTRE_AGENT,
    StaffRoles.LOCATION_MANAGER,
    StaffRoles.ADMINISTRATOR
  })
  @Operation(
      operationId = "staffListEidRenewalDecisions",
      summary = "What the eID renewal runs for a day decided",
      description =
          "In the order they were made; of one outcome, or all. The BY_POST invitations are the"
              + " letters to print, with the address they go to.")
  @ApiResponse(responseCode = "200", description = "The decisions")
  public DecisionDto.Page decisions(
      @Parameter(description = "The day the runs were for, YYYY-MM-DD") @PathVariable String date,
      @Parameter(description = "KEPT, INVITED or SKIPPED") @Nullable @QueryValue String outcome,
      @Parameter(description = "At most this many (1-1000, default 200)") @Nullable @QueryValue
          String limit) {
    RequestAssembly request = new RequestAssembly();
    LocalDate day = Params.date(request, "date", date);
    SummonsOutcome only =
        outcome == null ? null : Params.oneOf(request, "outcome", outcome, SummonsOutcome.class);
    Integer most = Params.wholeNumber(request, "limit", limit);
    request.throwIfAny();
    List<DecisionDto> decisions =
        renewal.decisions(day, only, most == null ? DEFAULT_LIMIT : most).stream()
            .map(StaffEidRenewalController::toDto)
            .toList();
    return new DecisionDto.Page(day.toString(), decisions.size(), decisions);
  }

  static DecisionDto toDto(Summons s) {
    return new DecisionDto(
        s.id().toString(),
        s.insz().masked(),
        s.name(),
        s.language().tag(),
        s.cardValidUntil().toString(),
        s.outcome().name(),
        s.reason() == null ? null : s.reason().name(),
        s.state().name(),
        s.residence() == null
            ? null
            : new AddressDto(
                s.residence().street(), s.residence().postalCode(), s.residence().municipality()),
        s.slot() == null ? null : s.slot().location().value(),
        s.slot() == null ? null : ApiTimes.format(s.slot().start()),
        s.keptUntil() == null ? null : ApiTimes.format(s.keptUntil()),
        s.appointment() == null ? null : s.appointment().value(),
        s.runDate().toString(),
        s.decidedBy(),
        ApiTimes.format(s.decidedAt()));
  }
}
