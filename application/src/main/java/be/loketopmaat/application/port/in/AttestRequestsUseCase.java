package be.loketopmaat.application.port.in;

import be.loketopmaat.domain.attest.AttestChannel;
import be.loketopmaat.domain.attest.AttestRequest;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.population.AttestLanguage;
import be.loketopmaat.domain.population.AttestModel;
import be.loketopmaat.domain.staff.StaffMember;
import java.util.List;
import java.util.UUID;

/**
 * Attests from the population register delivered automatically ("smartloket"): a citizen signed in
 * on the e-counter (or identified at a kiosk) asks for one, the register is asked, and the PDF goes
 * to the citizen's eBox the same day with no staff involved; a citizen without eBox consent gets it
 * by post (the print-and-mail queue), and what the rules cannot answer goes to the staff's work
 * queue with the reason.
 */
public interface AttestRequestsUseCase {

  /** The authenticated citizen {@code insz} asks for {@code model} in {@code language}. */
  record Request(
      NationalNumber insz, AttestModel model, AttestLanguage language, AttestChannel channel) {}

  /** Stores the request and queues its delivery, in one transaction. */
  AttestRequest request(Request request);

  /**
   * @throws be.loketopmaat.application.NotFoundException when there is no such request
   */
  AttestRequest get(UUID id);

  /** The attests waiting to be printed and mailed, oldest first. */
  List<AttestRequest> postQueue(int limit);

  /**
   * The PDF of an attest in the post queue (kept only until it is printed).
   *
   * @throws be.loketopmaat.application.NotFoundException when the request is not in the post queue
   */
  byte[] printable(UUID id);

  /** Staff printed and mailed the attest: its PDF is deleted. */
  AttestRequest markPrinted(UUID id, StaffMember by);

  /** The requests referred to staff, oldest first. */
  List<AttestRequest> workQueue(int limit);

  /** Staff dealt with a referred request, as {@code note} says. */
  AttestRequest resolve(UUID id, String note, StaffMember by);

  /** Forgets the requests that ended longer ago than their retention; how many. */
  int forgetEnded();

  int MAX_LIMIT = 500;
}
