package be.loketopmaat.adapters.rest.counter;

import be.loketopmaat.adapters.rest.common.Params;
import be.loketopmaat.adapters.rest.common.RequestAssembly;
import be.loketopmaat.adapters.rest.problem.ProblemResponse;
import be.loketopmaat.adapters.rest.ratelimit.ClientKeys;
import be.loketopmaat.application.port.in.CounterQueueUseCase;
import be.loketopmaat.application.port.in.CounterQueueUseCase.TicketRequest;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.common.ClientId;
import be.loketopmaat.domain.location.LocationCode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@Controller("/api/v1/locations")
@Tag(
    name = "Walk-in",
    description = "Tickets for products a location hands out without appointment")
public class TicketController {
  private final CounterQueueUseCase counter;
  private final CounterMapper mapper;
  private final ClientKeys clients;

  TicketController(CounterQueueUseCase counter, CounterMapper mapper, ClientKeys clients) {
    this.counter = counter;
    this.mapper = mapper;
    this.clients = clients;
  }

  @Post("/{code}/tickets")
  @Operation(
      operationId = "drawTicket",
      summary = "Draw a walk-in ticket",
      description =
          "For a product the location hands out without appointment (a pickup, an attest), while"
              + " it is open (give or take loket.counter.open-margin), when the desks that serve it"
              + " still have time for it today. One client has at most"
              + " loket.counter.max-waiting-tickets-per-client tickets waiting at a location. The"
              + " estimated wait follows the service times measured that day.")
  @ApiResponse(
      responseCode = "201",
      description = "The ticket, with its place in the queue",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = IssuedTicketDto.class)))
  @ProblemResponse(
      code = "400",
      description = "A malformed code, or a product not handed out here without appointment")
  @ProblemResponse(code = "404", description = "The location or product is unknown")
  @ProblemResponse(
      code = "409",
      description = "/problems/conflict: location-closed, too-many-tickets or queue-full")
  public HttpResponse<IssuedTicketDto> draw(
      HttpRequest<?> http,
      @Parameter(description = "The location's code", example = "districtshuis-deurne")
          @PathVariable
          String code,
      @Body TicketRequestDto body) {
    LocationCode location = Params.code("code", code, LocationCode::new);
    RequestAssembly request = new RequestAssembly();
    ProductCode product = request.value("product", body.product(), ProductCode::new);
    request.throwIfAny();
    return HttpResponse.status(HttpStatus.CREATED)
        .body(
            mapper.toDto(
                counter.drawTicket(
                    new TicketRequest(
                        location, product, body.purpose(), ClientId.of(clients.of(http))))));
  }
}
