package be.loketopmaat.application.port.out.federal;

import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.location.LocationCode;
import java.time.LocalDateTime;
import java.util.List;

/**
 * BelDrive, the driving-licence register of the FOD Mobiliteit: citizens apply there (through a
 * driving school, a doctor, online), not at the city. The city learns of its residents'
 * applications from the register's feed, follows their state, and reports the hand-over of the card
 * it delivered. Times are the city's local date-times.
 *
 * @throws SystemUnavailableException when the register cannot be reached or fails (retry later)
 */
public interface DrivingLicenceRegister {

  /** Where an application stands in BelDrive. */
  enum LicenceState {
    SUBMITTED,
    ACCEPTED,
    IN_PRODUCTION,
    /** The card lies at the municipality, at {@code deliveryPoint}. */
    READY_FOR_PICKUP,
    /** The municipality handed it over (as it reported). */
    DELIVERED,
    REFUSED,
    CANCELLED
  }

  /**
   * What happened to the applications of the city's residents after {@code cursor} (0 for the
   * beginning), oldest first, at most {@code limit}; the answer's cursor is where to ask next.
   */
  LicenceEvents eventsAfter(long cursor, int limit);

  /**
   * Reports that the card of {@code applicationId} was handed over to its holder; reporting it
   * again changes nothing.
   *
   * @throws ApplicationRefusedException when BelDrive will not take the report (unknown
   *     application, card not ready): a retry changes nothing
   */
  void delivered(String applicationId, LocalDateTime at);

  /**
   * An application moved on. {@code deliveryPoint} is where the card will lie (set from
   * READY_FOR_PICKUP on, may be given earlier); {@code category} the licence category, e.g. B;
   * {@code contact} how the holder may be reached, as they gave it when applying (empty parts, or
   * none at all, when they gave none).
   */
  record LicenceEvent(
      long sequence,
      String applicationId,
      NationalNumber holder,
      String holderName,
      String category,
      LicenceState state,
      LocationCode deliveryPoint,
      LocalDateTime at,
      String reason,
      Contact contact) {
    public LicenceEvent {
      contact = contact == null ? Contact.NONE : contact;
    }
  }

  /**
   * The holder's e-mail address, phone number and language as given to BelDrive by the applicant,
   * each {@code null} when not given; not checked by the register.
   */
  record Contact(String email, String phone, Language language) {
    public static final Contact NONE = new Contact(null, null, null);
  }

  /** A page of events, and the cursor to ask from next. */
  record LicenceEvents(List<LicenceEvent> events, long cursor) {}

  /** BelDrive refuses the report, for a reason a retry will not change. */
  class ApplicationRefusedException extends RuntimeException {
    private final String code;

    public ApplicationRefusedException(String code, String reason) {
      super(reason);
      this.code = code;
    }

    public String code() {
      return code;
    }
  }
}
