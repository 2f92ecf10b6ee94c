package be.loketopmaat.adapters.rest.kiosk;

import be.loketopmaat.adapters.rest.common.ApiTimes;
import be.loketopmaat.adapters.rest.common.Params;
import be.loketopmaat.adapters.rest.common.RequestAssembly;
import be.loketopmaat.adapters.rest.kiosk.KioskDtos.EvaluationDto;
import be.loketopmaat.adapters.rest.kiosk.KioskDtos.EventDto;
import be.loketopmaat.adapters.rest.kiosk.KioskDtos.KioskDto;
import be.loketopmaat.adapters.rest.kiosk.KioskDtos.KiosksDto;
import be.loketopmaat.adapters.rest.kiosk.KioskDtos.RegistrationDto;
import be.loketopmaat.adapters.rest.kiosk.KioskDtos.SiteEvaluationDto;
import be.loketopmaat.adapters.rest.kiosk.KioskDtos.UsageDto;
import be.loketopmaat.adapters.rest.problem.ProblemResponse;
import be.loketopmaat.adapters.rest.staff.StaffActors;
import be.loketopmaat.adapters.rest.staff.StaffRoles;
import be.loketopmaat.application.port.in.ManageKiosksUseCase;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.kiosk.Kiosk;
import be.loketopmaat.domain.kiosk.KioskStatus;
import be.loketopmaat.domain.location.LocationCode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** The city's kiosks: register one (its secret shown once), see their state and usage, disable. */
@Controller("/api/v1/staff/kiosks")
@Tag(name = "Staff: kiosks", description = "The self-service kiosks (bearer token required)")
@SecurityRequirement(name = "staffToken")
@ProblemResponse(code = "400", description = "A refused field, named in 'errors'")
@ProblemResponse(code = "401", description = "Missing or wrong staff token")
@ProblemResponse(code = "403", description = "A role that may not do this")
@ProblemResponse(code = "404", description = "No such kiosk (or location)")
public class StaffKioskController {
  private static final int DEFAULT_LIMIT = 100;
  private final ManageKiosksUseCase kiosks;
  private final StaffActors actors;

  StaffKioskController(ManageKiosksUseCase kiosks, StaffActors actors) {
    this.kiosks = kiosks;
    this.actors = actors;
  }

  @Get
  @Secured({StaffRoles.LOCATION_MANAGER, StaffRoles.ADMINISTRATOR})
  @Operation(
      operationId = "staffListKiosks",
      summary = "Every kiosk with its state: online, out of paper, jammed or offline")
  @ApiResponse(responseCode = "200", description = "The kiosks")
  public KiosksDto list() {
    return new KiosksDto(
        kiosks.list().stream().map(v -> dto(v.kiosk(), v.status(), null)).toList());
  }

  @Post
  @Secured({StaffRoles.LOCATION_MANAGER, StaffRoles.ADMINISTRATOR})
  @Operation(
      operationId = "staffRegisterKiosk",
      summary = "Register a kiosk at a location with a kiosk terminal",
      description =
          "At a location with the KIOSK_TERMINAL facility: a kiosk site, or a counter's hall. The"
              + " answer holds the kiosk's credential, this once: configure it on the kiosk.")
  @ApiResponse(responseCode = "201", description = "The kiosk, with its secret")
  public HttpResponse<KioskDto> register(HttpRequest<?> http, @Body RegistrationDto body) {
    RequestAssembly request = new RequestAssembly();
    LocationCode location = request.value("location", body.location(), LocationCode::new);
    request.required("name", body.name());
    request.throwIfAny();
    ManageKiosksUseCase.Registered registered =
        kiosks.register(location, body.name(), actors.of(http));
    return HttpResponse.status(HttpStatus.CREATED)
        .body(dto(registered.kiosk(), registered.kiosk().status(), registered.secret()));
  }

  @Post("/{id}/disable")
  @Secured({StaffRoles.LOCATION_MANAGER, StaffRoles.ADMINISTRATOR})
  @Operation(
      operationId = "staffDisableKiosk",
      summary = "Disable a kiosk: its credential opens nothing any more")
  @ApiResponse(responseCode = "200", description = "The kiosk")
  public KioskDto disable(HttpRequest<?> http, @PathVariable String id) {
    Kiosk kiosk = kiosks.disable(id(id), actors.of(http));
    return dto(kiosk, kiosk.status(), null);
  }

  @Get("/{id}/usage{?limit}")
  @Secured({StaffRoles.LOCATION_MANAGER, StaffRoles.ADMINISTRATOR})
  @Operation(
      operationId = "staffKioskUsage",
      summary = "The kiosk's usage log, newest first (national numbers pseudonymised)")
  @ApiResponse(responseCode = "200", description = "The log")
  public UsageDto usage(
      @PathVariable String id,
      @Parameter(description = "At most this many (1-500, default 100)") @Nullable @QueryValue
          String limit) {
    RequestAssembly request = new RequestAssembly();
    Integer most = Params.wholeNumber(request, "limit", limit);
    request.throwIfAny();
    UUID kiosk = id(id);
    return new UsageDto(
        kiosk.toString(),
        kiosks.usage(kiosk, most == null ? DEFAULT_LIMIT : most).stream()
            .map(
                e ->
                    new EventDto(
                        e.kind().name(), e.pseudonym(), e.detail(), ApiTimes.format(e.at())))
            .toList());
  }

  @Get("/evaluation{?month}")
  @Secured({StaffRoles.LOCATION_MANAGER, StaffRoles.ADMINISTRATOR})
  @Operation(
      operationId = "staffKioskEvaluation",
      summary = "The month's evaluation per kiosk site",
      description =
          "From the usage log: sessions, documents by kind (attests by model, PIN_CODES, TICKET),"
              + " the site's share of all kiosk sessions, the downtime of its kiosks, and KEEP or"
              + " RETIRE against loket.kiosk.keep-threshold sessions a month.")
  @ApiResponse(responseCode = "200", description = "The sites")
  public EvaluationDto evaluation(
      @Parameter(description = "The month, YYYY-MM", example = "2026-11") @Nullable @QueryValue
          String month) {
    YearMonth which = month(month);
    return new EvaluationDto(
        which.toString(),
        kiosks.evaluate(which).stream()
            .map(
                s ->
                    new SiteEvaluationDto(
                        s.site().value(),
                        s.kiosks(),
                        s.sessions(),
                        s.documents(),
                        Math.round(s.share() * 1000) / 1000.0,
                        s.downtime().toMinutes(),
                        s.recommendation().name()))
            .toList());
  }

  @Get(
      value = "/evaluation/chart.png{?month}",
      produces = {"image/png", MediaType.APPLICATION_JSON_PROBLEM})
  @Secured({StaffRoles.LOCATION_MANAGER, StaffRoles.ADMINISTRATOR})
  @Operation(
      operationId = "staffKioskEvaluationChart",
      summary = "The month's evaluation per kiosk site as a chart (PNG)",
      description =
          "The same figures as the evaluation's table: a bar of sessions per site, blue for KEEP"
              + " and orange for RETIRE, with its share of all kiosk sessions, and the keep"
              + " threshold (loket.kiosk.keep-threshold) as a dashed red line.")
  @ApiResponse(
      responseCode = "200",
      description = "The chart, 1200 px wide",
      content =
          @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")))
  public HttpResponse<byte[]> evaluationChart(
      @Parameter(description = "The month, YYYY-MM", example = "2026-11") @Nullable @QueryValue
          String month) {
    YearMonth which = month(month);
    return HttpResponse.ok(
            EvaluationChart.png(which, kiosks.evaluate(which), kiosks.keepThreshold()))
        .contentType("image/png")
        .header("Cache-Control", "no-store");
  }

  private static YearMonth month(String month) {
    try {
      return YearMonth.parse(month == null ? "" : month);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("month", "must be a month of the form YYYY-MM");
    }
  }

  private static KioskDto dto(Kiosk kiosk, KioskStatus status, String secret) {
    return new KioskDto(
        kiosk.id().toString(),
        kiosk.location().value(),
        kiosk.name(),
        kiosk.enabled(),
        status.name(),
        kiosk.lastSeen() == null ? null : ApiTimes.format(kiosk.lastSeen()),
        secret == null ? null : kiosk.id() + "." + secret);
  }

  private static UUID id(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException notAnId) {
      throw new InvalidInputException("id", "is not a kiosk id (a UUID)");
    }
  }
}
