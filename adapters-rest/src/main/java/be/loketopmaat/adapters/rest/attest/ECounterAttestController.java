package be.loketopmaat.adapters.rest.attest;

import be.loketopmaat.adapters.rest.common.Params;
import be.loketopmaat.adapters.rest.common.RequestAssembly;
import be.loketopmaat.adapters.rest.problem.ProblemResponse;
import be.loketopmaat.application.port.in.AttestRequestsUseCase;
import be.loketopmaat.domain.attest.AttestChannel;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.population.AttestLanguage;
import be.loketopmaat.domain.population.AttestModel;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;

/**
 * The e-counter's requests for attests from the population register, delivered automatically: the
 * e-counter signed the citizen in (CSAM/itsme) and names them by their national number, with its
 * own partner key.
 */
@Controller("/api/v1/e-counter/attest-requests")
@Tag(
    name = "E-counter: attests",
    description =
        "Attests from the population register delivered to the citizen's eBox, or by post (e-counter"
            + " key required)")
@SecurityRequirement(name = "eCounterKey")
@ProblemResponse(code = "401", description = "Missing or wrong e-counter key")
@ProblemResponse(code = "404", description = "No such request")
public class ECounterAttestController {
  private final AttestRequestsUseCase attests;
  private final AttestRequestMapper mapper;

  ECounterAttestController(AttestRequestsUseCase attests, AttestRequestMapper mapper) {
    this.attests = attests;
    this.mapper = mapper;
  }

  @Post
  @Operation(
      operationId = "eCounterRequestAttest",
      summary = "Ask for an attest for the signed-in citizen",
      description =
          "Stored with its delivery queued in one transaction (201, state RECEIVED). The register"
              + " is asked (the read is recorded), and the PDF goes to the citizen's eBox"
              + " (DELIVERED), or to the print-and-mail queue without eBox consent (POSTED);"
              + " a person not registered in the city, or a refusal of the register, goes to"
              + " staff with the reason (REFERRED). Nothing is lost while MAGDA or the eBox is"
              + " down: the delivery waits and is sent once they are back, exactly once.")
  @ApiResponse(responseCode = "201", description = "The request, state RECEIVED")
  @ProblemResponse(
      code = "400",
      description = "An invalid national number, an unknown model or language, named in 'errors'")
  public HttpResponse<AttestRequestDto> request(@Body AttestOrderDto body) {
    RequestAssembly request = new RequestAssembly();
    NationalNumber insz = request.value("insz", body.insz(), NationalNumber::new);
    AttestModel model =
        body.model() == null
            ? request.required("model", null)
            : Params.oneOf(
                request,
                "model",
                body.model().strip().replace('-', '_').toUpperCase(Locale.ROOT),
                AttestModel.class);
    AttestLanguage language = request.value("language", body.language(), AttestLanguage::fromTag);
    request.throwIfAny();
    return HttpResponse.<AttestRequestDto>status(HttpStatus.CREATED)
        .body(
            mapper.toDto(
                attests.request(
                    new AttestRequestsUseCase.Request(
                        insz, model, language, AttestChannel.E_COUNTER))));
  }

  @Get("/{id}")
  @Operation(operationId = "eCounterViewAttest", summary = "Where an attest request stands")
  @ApiResponse(responseCode = "200", description = "The request")
  public AttestRequestDto view(
      @Parameter(description = "The request's id") @PathVariable String id) {
    return mapper.toDto(attests.get(AttestIds.of(id)));
  }
}
