package be.loketopmaat.adapters.rest.appointment;

import be.loketopmaat.adapters.rest.problem.ProblemResponse;
import be.loketopmaat.adapters.rest.ratelimit.RateLimited;
import be.loketopmaat.application.port.in.HoldSlotUseCase;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@Controller("/api/v1/holds")
@Tag(name = "Appointments")
public class HoldController {
  private final HoldSlotUseCase bookings;
  private final AppointmentAssembler assembler;
  private final AppointmentMapper mapper;

  HoldController(
      HoldSlotUseCase bookings, AppointmentAssembler assembler, AppointmentMapper mapper) {
    this.bookings = bookings;
    this.assembler = assembler;
    this.mapper = mapper;
  }

  @Post
  @RateLimited
  @Operation(
      operationId = "holdSlot",
      summary = "Keep a slot for a short while",
      description =
          "Keeps the slot while the citizen fills in their details; book it with the hold's id before"
              + " 'expiresAt'. Limited per client.")
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
      description = "/problems/slot-taken with 'alternatives', or /problems/conflict")
  public HttpResponse<HoldDto> hold(@Body HoldRequestDto body) {
    return HttpResponse.status(HttpStatus.CREATED)
        .body(mapper.toDto(bookings.hold(assembler.toCommand(body))));
  }
}
