package be.loketopmaat.application;

import be.loketopmaat.domain.common.Phrase;

/**
 * A kiosk request that opens nothing: an unknown kiosk or a wrong credential, a replayed or expired
 * challenge, a signature that does not verify, a session that ended (401); a disabled kiosk, or a
 * card whose chain the city does not trust (403).
 */
public class KioskRefusedException extends RuntimeException {
  private final boolean forbidden;
  private final transient Phrase phrase;

  public KioskRefusedException(boolean forbidden, Phrase phrase) {
    super(phrase.english());
    this.forbidden = forbidden;
    this.phrase = phrase;
  }

  /** 403 rather than 401: the caller is known, and may not. */
  public boolean forbidden() {
    return forbidden;
  }

  public Phrase phrase() {
    return phrase;
  }
}
