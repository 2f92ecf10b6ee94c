package be.loketopmaat.adapters.rest.kiosk;

import be.loketopmaat.adapters.rest.common.ApiTimes;
import be.loketopmaat.adapters.rest.kiosk.KioskDtos.VerificationDto;
import be.loketopmaat.adapters.rest.problem.ProblemResponse;
import be.loketopmaat.application.port.in.VerifyAttestUseCase;
import be.loketopmaat.domain.kiosk.AttestVerification;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The public check of an attest printed at a kiosk, by the code in its QR code. */
@Controller("/api/v1/attest-verifications")
@Tag(name = "Attest verification", description = "Check an attest printed at a kiosk")
public class AttestVerificationController {
  private final VerifyAttestUseCase verifications;

  AttestVerificationController(VerifyAttestUseCase verifications) {
    this.verifications = verifications;
  }

  @Get("/{code}")
  @Operation(
      operationId = "verifyAttest",
      summary = "Whether an attest is genuine: its model, the issuing municipality, when",
      description = "Nothing about the person it is for.")
  @ApiResponse(responseCode = "200", description = "The attest is valid")
  @ProblemResponse(code = "404", description = "No attest printed with this code")
  public VerificationDto verify(
      @Parameter(description = "The code in the attest's QR code") @PathVariable String code) {
    AttestVerification attest = verifications.verify(code);
    return new VerificationDto(
        true,
        attest.model().name(),
        attest.model().title().en(),
        attest.issuedBy().value(),
        ApiTimes.format(attest.issuedAt()));
  }
}
