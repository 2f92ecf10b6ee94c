package be.loketopmaat.adapters.rest.counter;

import be.loketopmaat.adapters.rest.common.ApiTimes;
import be.loketopmaat.adapters.rest.common.Params;
import be.loketopmaat.adapters.rest.common.RequestAssembly;
import be.loketopmaat.adapters.rest.problem.ProblemResponse;
import be.loketopmaat.adapters.rest.staff.StaffRoles;
import be.loketopmaat.application.port.in.CounterAgendaUseCase;
import be.loketopmaat.application.port.in.CounterAgendaUseCase.BlockDeskTime;
import be.loketopmaat.application.port.in.CounterQueueUseCase;
import be.loketopmaat.domain.appointment.DeskBlock;
import be.loketopmaat.domain.location.LocationCode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The counter's working day at one location: the agenda, calling the next citizen, walk-ins,
 * blocked time.
 */
@Secured({StaffRoles.COUNTER_CLERK, StaffRoles.LOCATION_MANAGER, StaffRoles.ADMINISTRATOR})
@Controller("/api/v1/staff/locations")
@Tag(name = "Staff: counter", description = "The day at a location's desks (bearer token required)")
@SecurityRequirement(name = "staffToken")
@ProblemResponse(code = "400", description = "A refused field or parameter, named in 'errors'")
@ProblemResponse(code = "401", description = "Missing or wrong staff token")
@ProblemResponse(code = "404", description = "No such location, desk, ticket or block")
public class StaffCounterController {
  private final CounterAgendaUseCase agenda;
  private final CounterQueueUseCase queue;
  private final CounterMapper mapper;
  private final Clock clock;

  StaffCounterController(
      CounterAgendaUseCase agenda, CounterQueueUseCase queue, CounterMapper mapper, Clock clock) {
    this.agenda = agenda;
    this.queue = queue;
    this.mapper = mapper;
    this.clock = clock;
  }

  @Get("/{code}/day")
  @Operation(
      operationId = "dayView",
      summary = "A location's day: agendas per desk, arrivals, waiting walk-ins")
  @ApiResponse(responseCode = "200", description = "The day")
  public DayViewDto day(
      @Parameter(description = "The location's code", example = "districtshuis-deurne")
          @PathVariable
          String code,
      @Parameter(description = "The day (YYYY-MM-DD); today in Brussels when left out")
          @Nullable
          @QueryValue
          LocalDate date) {
    LocationCode location = Params.code("code", code, LocationCode::new);
    return mapper.toDto(agenda.dayView(location, date == null ? ApiTimes.today(clock) : date));
  }

  @Get("/{code}/blocks")
  @Operation(
      operationId = "listDeskBlocks",
      summary = "The desk time taken out of a location's agenda on a day",
      description = "By start, then desk.")
  @ApiResponse(responseCode = "200", description = "The blocks")
  @ProblemResponse(code = "404", description = "The location is unknown")
  public List<DeskBlockDto> blocks(
      @Parameter(description = "The location's code", example = "districtshuis-deurne")
          @PathVariable
          String code,
      @Parameter(description = "The day (YYYY-MM-DD); today in Brussels when left out")
          @Nullable
          @QueryValue
          LocalDate date) {
    LocationCode location = Params.code("code", code, LocationCode::new);
    return agenda.blocks(location, date == null ? ApiTimes.today(clock) : date).stream()
        .map(mapper::toDto)
        .toList();
  }

  @Post("/{code}/desks/{desk}/call-next")
  @Operation(
      operationId = "callNext",
      summary = "Call the next citizen to this desk",
      description =
          "A due appointment first, then the lowest waiting ticket this desk can serve (a pickup only"
              + " at a desk that handles pickups), then an early appointment. Only while the"
              + " location is open, give or take loket.counter.open-margin.")
  @ApiResponse(
      responseCode = "200",
      description = "Who is called: 'appointment' or 'ticket'",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = CalledDto.class)))
  @ApiResponse(responseCode = "204", description = "Nobody waits for this desk")
  @ProblemResponse(code = "409", description = "/problems/conflict: location-closed")
  public HttpResponse<CalledDto> callNext(
      @Parameter(description = "The location's code") @PathVariable String code,
      @Parameter(description = "The desk's code", example = "desk-1") @PathVariable String desk) {
    LocationCode location = Params.code("code", code, LocationCode::new);
    return queue
        .callNext(location, desk)
        .map(called -> HttpResponse.ok(mapper.toDto(called)))
        .orElseGet(HttpResponse::noContent);
  }

  @Post("/{code}/tickets/{id}/close")
  @Operation(operationId = "closeTicket", summary = "End a called walk-in: served, or missed")
  @ApiResponse(responseCode = "200", description = "The closed ticket")
  @ProblemResponse(code = "409", description = "/problems/conflict: not-called")
  public TicketDto closeTicket(
      @Parameter(description = "The location's code") @PathVariable String code,
      @Parameter(description = "The ticket's id") @PathVariable UUID id,
      @Body CloseTicketRequestDto body) {
    LocationCode location = Params.code("code", code, LocationCode::new);
    RequestAssembly request = new RequestAssembly();
    Boolean served = request.required("served", body.served());
    request.throwIfAny();
    return mapper.toDto(queue.closeTicket(location, id, served));
  }

  @Post("/{code}/desks/{desk}/blocks")
  @Operation(
      operationId = "blockDeskTime",
      summary = "Take desk time out of the agenda",
      description =
          "Nobody can book it. Refused while an appointment or hold is in the way: move it first.")
  @ApiResponse(
      responseCode = "201",
      description = "Blocked",
      headers =
          @Header(
              name = "Location",
              description = "The block's URI, for DELETE",
              schema = @Schema(type = "string")),
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = DeskBlockDto.class)))
  @ProblemResponse(code = "409", description = "/problems/conflict: desk-time-taken")
  public HttpResponse<DeskBlockDto> block(
      @Parameter(description = "The location's code") @PathVariable String code,
      @Parameter(description = "The desk's code") @PathVariable String desk,
      @Body DeskBlockDto body) {
    LocationCode location = Params.code("code", code, LocationCode::new);
    RequestAssembly request = new RequestAssembly();
    LocalDateTime start = request.value("start", body.start(), ApiTimes::parse);
    LocalDateTime end = request.value("end", body.end(), ApiTimes::parse);
    request.throwIfAny();
    DeskBlock block =
        agenda.blockDeskTime(new BlockDeskTime(location, desk, start, end, body.reason()));
    return HttpResponse.created(
        mapper.toDto(block),
        UriBuilder.of("/api/v1/staff/locations")
            .path(location.value())
            .path("desks")
            .path(block.desk())
            .path("blocks")
            .path(block.id().toString())
            .build());
  }

  @Delete("/{code}/desks/{desk}/blocks/{id}")
  @Operation(operationId = "unblockDeskTime", summary = "Give blocked desk time back to the agenda")
  @ApiResponse(responseCode = "204", description = "Removed")
  public HttpResponse<Void> unblock(
      @Parameter(description = "The location's code") @PathVariable String code,
      @Parameter(description = "The desk's code") @PathVariable String desk,
      @Parameter(description = "The block's id") @PathVariable UUID id) {
    agenda.unblockDeskTime(Params.code("code", code, LocationCode::new), id);
    return HttpResponse.noContent();
  }
}
