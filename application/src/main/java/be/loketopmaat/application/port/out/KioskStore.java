package be.loketopmaat.application.port.out;

import be.loketopmaat.domain.kiosk.AttestVerification;
import be.loketopmaat.domain.kiosk.Kiosk;
import be.loketopmaat.domain.kiosk.KioskChallenge;
import be.loketopmaat.domain.kiosk.KioskLogin;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The kiosks, the challenges they were given, their citizens' sessions and printed attests. */
public interface KioskStore {

  void insert(Kiosk kiosk);

  Optional<Kiosk> find(UUID id);

  /** Every kiosk, by location and name. */
  List<Kiosk> all();

  /** Replaces status, last seen and enabled; false when there is no such kiosk. */
  boolean update(Kiosk kiosk);

  void insertChallenge(KioskChallenge challenge);

  /**
   * Removes the kiosk's challenge and answers it: of two takes of the same challenge, only one gets
   * it (a replay finds nothing).
   */
  Optional<KioskChallenge> takeChallenge(UUID id, UUID kiosk);

  void insertLogin(KioskLogin login);

  Optional<KioskLogin> findLogin(String tokenHash);

  /** Marks the session ended; false when it was ended already or is unknown. */
  boolean endLogin(String tokenHash);

  void insertAttest(AttestVerification attest);

  Optional<AttestVerification> findAttest(String code);

  /** The kiosk printed it: it becomes valid. False when not this kiosk's or not pending. */
  boolean markPrinted(String code, UUID kiosk);

  /** The print failed: the pending attest is removed. False when not this kiosk's or printed. */
  boolean removePending(String code, UUID kiosk);

  /** A ticket the kiosk drew: its slip is still to be reported. */
  void insertTicket(UUID ticket, UUID kiosk, LocalDateTime issuedAt);

  /**
   * Records that the ticket's slip printed, or failed. False when the kiosk drew no such ticket, or
   * its slip is reported printed already (a failed slip may be reported printed later).
   */
  boolean reportSlip(UUID ticket, UUID kiosk, boolean printed, LocalDateTime at);
}
