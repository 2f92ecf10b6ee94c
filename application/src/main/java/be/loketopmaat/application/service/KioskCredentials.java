package be.loketopmaat.application.service;

import be.loketopmaat.application.KioskRefusedException;
import be.loketopmaat.application.port.in.KioskUseCase.Credential;
import be.loketopmaat.application.port.out.KioskStore;
import be.loketopmaat.domain.common.Phrase;
import be.loketopmaat.domain.kiosk.Kiosk;
import be.loketopmaat.domain.kiosk.Secrets;
import java.util.Optional;

/**
 * How every kiosk call is authenticated: the kiosk's id and secret (hash compared in constant
 * time).
 */
final class KioskCredentials {
  private KioskCredentials() {}

  /** The kiosk behind a credential in {@code store}: known, its secret right, and enabled. */
  static Kiosk authenticate(KioskStore store, Credential credential) {
    Optional<Kiosk> kiosk =
        credential == null || credential.kiosk() == null || credential.secret() == null
            ? Optional.empty()
            : store.find(credential.kiosk());
    if (kiosk.isEmpty() || !Secrets.matches(credential.secret(), kiosk.get().secretHash())) {
      throw new KioskRefusedException(false, Phrase.of("Unknown kiosk or wrong kiosk credential."));
    }
    if (!kiosk.get().enabled()) {
      throw new KioskRefusedException(true, Phrase.of("This kiosk is disabled."));
    }
    return kiosk.get();
  }
}
