package be.loketopmaat.adapters.rest.parking;

import be.loketopmaat.adapters.rest.appointment.AppointmentAssembler;
import be.loketopmaat.adapters.rest.appointment.CitizenDto;
import be.loketopmaat.adapters.rest.common.ApiTimes;
import be.loketopmaat.adapters.rest.common.Params;
import be.loketopmaat.adapters.rest.common.RequestAssembly;
import be.loketopmaat.adapters.rest.location.AddressDto;
import be.loketopmaat.adapters.rest.problem.ProblemResponse;
import be.loketopmaat.adapters.rest.staff.StaffActors;
import be.loketopmaat.adapters.rest.staff.StaffRoles;
import be.loketopmaat.application.port.in.ParkingPermitsUseCase;
import be.loketopmaat.application.port.in.ParkingPermitsUseCase.NewPermit;
import be.loketopmaat.application.port.in.ParkingPermitsUseCase.RunSummary;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.location.Address;
import be.loketopmaat.domain.parking.LicencePlate;
import be.loketopmaat.domain.parking.ParkingPermit;
import be.loketopmaat.domain.parking.RenewalDecision;
import be.loketopmaat.domain.parking.RenewalOutcome;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Resident parking permits renewed automatically: register or import a permit, view it, start a
 * renewal run for a day and see what it decided.
 */
@Controller("/api/v1/staff/parking-permits")
@Tag(
    name = "Staff: parking permits",
    description = "Resident parking permits and their automatic renewal (bearer token required)")
@SecurityRequirement(name = "staffToken")
@ProblemResponse(code = "400", description = "A refused field, named in 'errors'")
@ProblemResponse(code = "401", description = "Missing or wrong staff token")
@ProblemResponse(code = "403", description = "A role that may not do this")
@ProblemResponse(code = "404", description = "No such permit")
public class StaffParkingPermitController {
  private static final int DEFAULT_LIMIT = 200;
  private final ParkingPermitsUseCase permits;
  private final StaffActors actors;

  StaffParkingPermitController(ParkingPermitsUseCase permits, StaffActors actors) {
    this.permits = permits;
    this.actors = actors;
  }

  @Post
  @Secured({StaffRoles.COUNTER_CLERK, StaffRoles.LOCATION_MANAGER, StaffRoles.ADMINISTRATOR})
  @Operation(
      operationId = "staffRegisterParkingPermit",
      summary = "Register (or import) a resident parking permit",
      description =
          "The permit as granted: its holder (who can be reached), the address and household it"
              + " was granted for, the vehicle's plate, the zone and the period. It is ACTIVE and"
              + " renewed automatically while the register shows the same address and household.")
  @ApiResponse(responseCode = "201", description = "The permit, ACTIVE")
  public HttpResponse<ParkingPermitDto> register(
      HttpRequest<?> http, @Body ParkingPermitRequestDto body) {
    RequestAssembly request = new RequestAssembly();
    Citizen holder =
        request.required("holder", body.holder()) == null
            ? null
            : AppointmentAssembler.citizen(request, body.holder(), "holder");
    Address address =
        request.required("address", body.address()) == null
            ? null
            : request.nested(
                "address",
                body.address(),
                a -> new Address(a.street(), a.postalCode(), a.municipality()));
    List<NationalNumber> household =
        request.list(
            "household",
            body.household(),
            (path, insz) -> request.value(path, insz, NationalNumber::new));
    LicencePlate plate = request.value("plate", body.plate(), LicencePlate::new);
    String zone = request.required("zone", body.zone());
    LocalDate from =
        Params.date(request, "validFrom", request.required("validFrom", body.validFrom()));
    LocalDate until =
        Params.date(request, "validUntil", request.required("validUntil", body.validUntil()));
    request.throwIfAny();
    NewPermit permit = new NewPermit(holder, address, household, plate, zone, from, until);
    ParkingPermit registered = request.finish(() -> permits.register(permit, actors.of(http)));
    return HttpResponse.<ParkingPermitDto>status(HttpStatus.CREATED).body(toDto(registered));
  }

  @Get("/{id}")
  @Secured({
    StaffRoles.COUNTER_CLERK,
    StaffRoles.CONTACT_CENTRE_AGENT,
    StaffRoles.LOCATION_MANAGER,
    StaffRoles.ADMINISTRATOR
  })
  @Operation(operationId = "staffViewParkingPermit", summary = "A resident parking permit")
  @ApiResponse(responseCode = "200", description = "The permit")
  public ParkingPermitDto view(
      @Parameter(description = "The permit's id") @PathVariable String id) {
    return toDto(permits.get(uuid(id)));
  }

  @Post("/renewal-runs")
  @Secured({StaffRoles.LOCATION_MANAGER, StaffRoles.ADMINISTRATOR})
  @Operation(
      operationId = "staffStartRenewalRun",
      summary = "Run the renewal of the permits ending soon",
      description =
          "Decides on every ACTIVE permit ending by the date plus the horizon: renewed for a year"
              + " when the population register shows the holder at the same address with the same"
              + " household, otherwise the holder is invited to apply (the message names the"
              + " reason). Idempotent: a permit is decided once per period, so a second run for"
              + " the same period renews nothing twice. When the register goes down the run stops"
              + " (complete false), keeping what it decided; the next run goes on.")
  @ApiResponse(responseCode = "200", description = "What the run decided")
  @ProblemResponse(code = "409", description = "/problems/conflict: renewal-running")
  public RenewalRunDto run(HttpRequest<?> http, @Body RenewalRunRequestDto body) {
    RequestAssembly request = new RequestAssembly();
    LocalDate date = Params.date(request, "date", request.required("date", body.date()));
    request.throwIfAny();
    RunSummary summary = permits.renew(date, actors.of(http).id());
    Map<String, Integer> invitedBy = new TreeMap<>();
    summary.invitedBy().forEach((reason, count) -> invitedBy.put(reason.name(), count));
    return new RenewalRunDto(
        summary.date().toString(),
        summary.horizonEnd().toString(),
        summary.renewed(),
        summary.invited(),
        invitedBy,
        summary.skipped(),
        summary.complete(),
        summary.stoppedBecause());
  }

  @Get("/renewal-runs/{date}/decisions{?outcome,limit}")
  @Secured({
    StaffRoles.COUNTER_CLERK,
    StaffRoles.CONTACT_CENTRE_AGENT,
    StaffRoles.LOCATION_MANAGER,
    StaffRoles.ADMINISTRATOR
  })
  @Operation(
      operationId = "staffListRenewalDecisions",
      summary = "What the renewal runs for a day decided",
      description = "In the order they were made; of one outcome, or both.")
  @ApiResponse(responseCode = "200", description = "The decisions")
  public RenewalDecisionDto.Page decisions(
      @Parameter(description = "The day the runs were for, YYYY-MM-DD") @PathVariable String date,
      @Parameter(description = "RENEWED or INVITED") @Nullable @QueryValue String outcome,
      @Parameter(description = "At most this many (1-1000, default 200)") @Nullable @QueryValue
          String limit) {
    RequestAssembly request = new RequestAssembly();
    LocalDate day = Params.date(request, "date", date);
    RenewalOutcome only =
        outcome == null ? null : Params.oneOf(request, "outcome", outcome, RenewalOutcome.class);
    Integer most = Params.wholeNumber(request, "limit", limit);
    request.throwIfAny();
    List<RenewalDecisionDto> decisions =
        permits.decisions(day, only, most == null ? DEFAULT_LIMIT : most).stream()
            .map(StaffParkingPermitController::toDto)
            .toList();
    return new RenewalDecisionDto.Page(day.toString(), decisions.size(), decisions);
  }

  private static UUID uuid(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException notAnId) {
      throw new InvalidInputException("id", "is not a parking permit id (a UUID)");
    }
  }

  static ParkingPermitDto toDto(ParkingPermit permit) {
    Citizen holder = permit.holder();
    return new ParkingPermitDto(
        permit.id().toString(),
        new CitizenDto(
            holder.insz().masked(),
            holder.name(),
            holder.email(),
            holder.phone(),
            holder.language().tag()),
        new AddressDto(
            permit.address().street(),
            permit.address().postalCode(),
            permit.address().municipality()),
        permit.household().size(),
        permit.plate().value(),
        permit.zone(),
        permit.validFrom().toString(),
        permit.validUntil().toString(),
        permit.state().name(),
        permit.registeredBy(),
        ApiTimes.format(permit.registeredAt()));
  }

  static RenewalDecisionDto toDto(RenewalDecision decision) {
    return new RenewalDecisionDto(
        decision.permit().toString(),
        decision.periodEnd().toString(),
        decision.outcome().name(),
        decision.reason() == null ? null : decision.reason().name(),
        decision.renewedUntil() == null ? null : decision.renewedUntil().toString(),
        decision.runDate().toString(),
        decision.decidedBy(),
        ApiTimes.format(decision.decidedAt()));
  }
}
