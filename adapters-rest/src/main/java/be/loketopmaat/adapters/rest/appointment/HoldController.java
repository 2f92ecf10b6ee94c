package be.loketopmaat.adapters.rest.appointment;

import be.loketopmaat.adapters.rest.problem.ProblemResponse;
import be.loketopmaat.adapters.rest.ratelimit.ClientKeys;
import be.loketopmaat.adapters.rest.ratelimit.RateLimited;
import be.loketopmaat.application.port.in.HoldSlotUseCase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;

@Controller("/api/v1/holds")
@Tag(name = "Appointments")
public class HoldController {
  private final HoldSlotUseCase bookings;
  private final AppointmentAssembler assembler;
  private final AppointmentMapper mapper;
  private final ClientKeys clients;

  HoldController(
      HoldSlotUseCase bookings,
      AppointmentAssembler assembler,
      AppointmentMapper mapper,
      ClientKeys clients) {
    this.bookings = bookings;
    this.assembler = assembler;
    this.mapper = mapper;
    this.clients = clients;
  }

  @Post
  @RateLimited
  @Operation(
      operationId = "holdSlot",
      summary = "Keep a slot for a short while",
      description =
          "Keeps the slot while the citizen fills in their details; book it with the hold's id before"
              + " 'expiresAt', or release it. A client keeps a few live holds at most"
              + " (loket.booking.max-live-holds, 409 too-many-holds), and cannot hold again at once a"
              + " slot it held and gave up (409 recently-held). Rate limited per client.")
  @ApiResponse(
      responseCode = "201",
      description = "Held",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = HoldDto.class)))
  @ProblemResponse(
      code = "400",
      description = "A refused field, named in 'errors' (a time without offset too)")
  @ProblemResponse(code = "404", description = "A product or the location is unknown")
  @ProblemResponse(
      code = "409",
      description =
          "/problems/slot-taken with 'alternatives', or /problems/conflict with a 'reason'"
              + " (too-many-holds, recently-held, recently-released)")
  public HttpResponse<HoldDto> hold(HttpRequest<?> http, @Body HoldRequestDto body) {
    return HttpResponse.status(HttpStatus.CREATED)
        .body(mapper.toDto(bookings.hold(assembler.toCommand(body, clients.of(http)))));
  }

  @Delete("/{id}")
  @RateLimited
  @Operation(
      operationId = "releaseHold",
      summary = "Give a held slot back at once",
      description =
          "The slot is free for others at once; the hold can no longer be confirmed. The hold's id is"
              + " the proof of holding it.")
  @ApiResponse(responseCode = "204", description = "Released")
  @ProblemResponse(code = "400", description = "The id is not a UUID")
  @ProblemResponse(
      code = "404",
      description = "No live hold with that id (confirmed, expired or released already)")
  public HttpResponse<Void> release(
      @Parameter(description = "The hold's id, as the hold answered it") @PathVariable UUID id) {
    bookings.release(id);
    return HttpResponse.noContent();
  }
}
