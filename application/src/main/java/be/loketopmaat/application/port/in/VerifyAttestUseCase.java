package be.loketopmaat.application.port.in;

import be.loketopmaat.domain.kiosk.AttestVerification;

/** Anyone may check an attest printed at a kiosk by the code in its QR code. */
public interface VerifyAttestUseCase {

  /**
   * The printed attest with this code.
   *
   * @throws be.loketopmaat.application.NotFoundException when no printed attest has it
   */
  AttestVerification verify(String code);
}
