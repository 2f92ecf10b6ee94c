package be.loketopmaat.adapters.kiosk.screen;

import be.loketopmaat.adapters.kiosk.attest.KioskLanguage;
import be.loketopmaat.adapters.kiosk.hardware.EidAddress;

/**
 * The language the screen starts in for a card. The eID's identity and address files hold no
 * language of their own; the card's address does tell its language region: Belgian postal codes
 * 1300-1499 and 4000-7999 are Walloon (French; the German-speaking 4700-4799 get French, the
 * kiosk's nearest language), 1500-3999 and 8000-9999 Flemish (Dutch); Brussels (1000-1299) and
 * anything else starts in Dutch, the city's language. The citizen switches on every screen.
 */
final class CardLanguage {
  private CardLanguage() {}

  static KioskLanguage of(EidAddress address) {
    String digits = address.postalCode().strip();
    if (!digits.matches("[0-9]{4}")) {
      return KioskLanguage.NL;
    }
    int code = Integer.parseInt(digits);
    boolean walloon = (code >= 1300 && code <= 1499) || (code >= 4000 && code <= 7999);
    return walloon ? KioskLanguage.FR : KioskLanguage.NL;
  }
}
