package be.loketopmaat.application.port.in;

import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.common.Formats;
import be.loketopmaat.domain.common.Violations;

/**
 * A citizen who lost the link to manage their appointment asks for a new one. The answer never says
 * whether anything matched (it would tell a stranger who has an appointment); the new link goes
 * only to the e-mail address and/or phone number on the booking.
 */
public interface RecoverLinkUseCase {

  /**
   * Sends a fresh management link for every upcoming booked appointment that matches the request,
   * at most {@value #MAX_APPOINTMENTS}.
   */
  void requestLink(LinkRequest request);

  int MAX_APPOINTMENTS = 10;

  /**
   * How the citizen finds their appointment: its reference, or the e-mail address or phone number
   * they booked with; any combination, all must match.
   */
  record LinkRequest(AppointmentReference reference, String email, String phone) {
    public LinkRequest {
      email = email == null || email.isBlank() ? null : email.strip();
      phone = phone == null || phone.isBlank() ? null : phone.strip();
      new Violations()
          .require(
              reference != null || email != null || phone != null,
              "email",
              "give the appointment's reference, or the e-mail address or phone number you booked"
                  + " with")
          .require(email == null || Formats.isEmail(email), "email", "must be an e-mail address")
          .require(phone == null || Formats.isPhone(phone, 6), "phone", "must be a phone number")
          .throwIfAny();
    }
  }
}
