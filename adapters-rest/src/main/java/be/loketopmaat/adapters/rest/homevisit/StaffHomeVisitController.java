package be.loketopmaat.adapters.rest.homevisit;

import be.loketopmaat.adapters.rest.appointment.AppointmentAssembler;
import be.loketopmaat.adapters.rest.common.Params;
import be.loketopmaat.adapters.rest.common.RequestAssembly;
import be.loketopmaat.adapters.rest.problem.ProblemResponse;
import be.loketopmaat.adapters.rest.staff.StaffActors;
import be.loketopmaat.adapters.rest.staff.StaffRoles;
import be.loketopmaat.application.port.in.HomeVisitsUseCase;
import be.loketopmaat.application.port.in.HomeVisitsUseCase.Plan;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.document.DocumentKind;
import be.loketopmaat.domain.homevisit.HomeVisitPurpose;
import be.loketopmaat.domain.homevisit.TeamCode;
import be.loketopmaat.domain.location.Address;
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
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Home visits by the mobile teams: the teams, planning a visit in a team's day with the travel
 * around it, the day's route, one visit, and calling one off. The kit's reports end the visits.
 */
@Controller("/api/v1/staff")
@Tag(
    name = "Staff: home visits",
    description =
        "Mobile biometrics at the citizen's home: planning, route, follow-up (bearer token"
            + " required)")
@SecurityRequirement(name = "staffToken")
@ProblemResponse(code = "400", description = "A refused field, named in 'errors'")
@ProblemResponse(code = "401", description = "Missing or wrong staff token")
@ProblemResponse(code = "403", description = "A role that may not do this")
@ProblemResponse(code = "404", description = "No such team, visit, document or product")
public class StaffHomeVisitController {
  private static final Pattern HH_MM = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

  private final HomeVisitsUseCase visits;
  private final HomeVisitMapper mapper;
  private final StaffActors actors;

  StaffHomeVisitController(HomeVisitsUseCase visits, HomeVisitMapper mapper, StaffActors actors) {
    this.visits = visits;
    this.mapper = mapper;
    this.actors = actors;
  }

  @Get("/mobile-teams")
  @Secured({
    StaffRoles.COUNTER_CLERK,
    StaffRoles.CONTACT_CENTRE_AGENT,
    StaffRoles.LOCATION_MANAGER,
    StaffRoles.ADMINISTRATOR
  })
  @Operation(operationId = "staffListMobileTeams", summary = "The teams that make home visits")
  @ApiResponse(responseCode = "200", description = "The teams")
  public List<MobileTeamDto> teams() {
    return visits.teams().stream().map(mapper::toDto).toList();
  }

  @Post("/home-visits")
  @Secured({
    StaffRoles.COUNTER_CLERK,
    StaffRoles.CONTACT_CENTRE_AGENT,
    StaffRoles.LOCATION_MANAGER,
    StaffRoles.ADMINISTRATOR
  })
  @Operation(
      operationId = "staffPlanHomeVisit",
      summary = "Plan a home visit",
      description =
          "In the team's day, leaving room for the travel from the stop before and to the one"
              + " after (the team's base at the start and end of each of its time windows): at"
              + " the time asked for, or the first that fits. The visit is loaded onto the team's"
              + " biometrics kit through the outbox, in the same transaction. An application"
              + " visit needs a product offered on a home visit; a delivery brings a document that"
              + " lies in the safe of the team's base.")
  @ApiResponse(responseCode = "201", description = "The planned visit")
  @ProblemResponse(
      code = "409",
      description =
          "/problems/conflict: day-full, visit-does-not-fit, delivery-already-planned,"
              + " document-not-arrived")
  public HttpResponse<HomeVisitDto> plan(HttpRequest<?> http, @Body HomeVisitRequestDto body) {
    RequestAssembly request = new RequestAssembly();
    TeamCode team = request.value("team", body.team(), TeamCode::new);
    LocalDate day =
        body.day() == null
            ? request.required("day", null)
            : Params.date(request, "day", body.day());
    LocalTime at = null;
    if (body.at() != null) {
      if (HH_MM.matcher(body.at().strip()).matches()) {
        at = LocalTime.parse(body.at().strip());
      } else {
        request.violation("at", "must be a time as HH:MM");
      }
    }
    HomeVisitPurpose purpose =
        body.purpose() == null
            ? request.required("purpose", null)
            : Params.oneOf(request, "purpose", body.purpose(), HomeVisitPurpose.class);
    DocumentKind kind =
        body.kind() == null ? null : Params.oneOf(request, "kind", body.kind(), DocumentKind.class);
    ProductCode product =
        body.product() == null ? null : request.value("product", body.product(), ProductCode::new);
    UUID document =
        body.documentId() == null ? null : Params.uuid(request, "documentId", body.documentId());
    Citizen citizen =
        body.citizen() == null ? null : AppointmentAssembler.citizen(request, body.citizen());
    Address address =
        request.required("address", body.address()) == null
            ? null
            : request.nested(
                "address",
                body.address(),
                a -> new Address(a.street(), a.postalCode(), a.municipality()));
    request.throwIfAny();
    Plan plan =
        new Plan(team, day, at, purpose, kind, product, document, citizen, address, body.note());
    return HttpResponse.<HomeVisitDto>status(HttpStatus.CREATED)
        .body(mapper.toDto(visits.plan(plan, actors.of(http))));
  }

  @Get("/home-visits/{id}")
  @Secured({
    StaffRoles.COUNTER_CLERK,
    StaffRoles.CONTACT_CENTRE_AGENT,
    StaffRoles.LOCATION_MANAGER,
    StaffRoles.ADMINISTRATOR
  })
  @Operation(operationId = "staffViewHomeVisit", summary = "Where a home visit stands")
  @ApiResponse(responseCode = "200", description = "The visit")
  public HomeVisitDto view(@Parameter(description = "The visit's id") @PathVariable String id) {
    return mapper.toDto(visits.get(id(id)));
  }

  @Get("/mobile-teams/{team}/route{?day}")
  @Secured({
    StaffRoles.COUNTER_CLERK,
    StaffRoles.CONTACT_CENTRE_AGENT,
    StaffRoles.LOCATION_MANAGER,
    StaffRoles.ADMINISTRATOR
  })
  @Operation(
      operationId = "staffViewHomeVisitRoute",
      summary = "A team's day as it will be driven",
      description =
          "Per time window: the visits in order, each with the minutes of travel to it, and the"
              + " minutes back to the base. Cancelled and missed visits are left out.")
  @ApiResponse(responseCode = "200", description = "The route")
  public RouteDto route(
      @Parameter(description = "The team's code") @PathVariable String team,
      @Parameter(description = "The day (YYYY-MM-DD)") @Nullable @QueryValue String day) {
    RequestAssembly request = new RequestAssembly();
    TeamCode code = request.value("team", team, TeamCode::new);
    LocalDate date = day == null ? request.required("day", null) : Params.date(request, "day", day);
    request.throwIfAny();
    return mapper.toDto(visits.route(code, date));
  }

  @Post("/home-visits/{id}/cancel")
  @Secured({
    StaffRoles.COUNTER_CLERK,
    StaffRoles.CONTACT_CENTRE_AGENT,
    StaffRoles.LOCATION_MANAGER,
    StaffRoles.ADMINISTRATOR
  })
  @Operation(
      operationId = "staffCancelHomeVisit",
      summary = "Call a planned visit off",
      description = "The reason is required and kept; the visit is taken off the team's kit.")
  @ApiResponse(responseCode = "200", description = "The visit, CANCELLED")
  @ProblemResponse(code = "409", description = "/problems/conflict: visit-ended")
  public HomeVisitDto cancel(
      HttpRequest<?> http,
      @Parameter(description = "The visit's id") @PathVariable String id,
      @Body HomeVisitReasonDto body) {
    return mapper.toDto(visits.cancel(id(id), body.reason(), actors.of(http)));
  }

  private static UUID id(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException notAnId) {
      throw new InvalidInputException("id", "is not a home visit id (a UUID)");
    }
  }
}
