package be.loketopmaat.adapters.kiosk.screen;

import java.util.Locale;
import java.util.Map;

/**
 * A product the city offers at kiosks, as the screen shows it: its code, its name in the citizen's
 * language, and what the kiosk does when it is chosen: print an attest of the population register
 * or an extract of one of the citizen's civil-status acts, request new PIN/PUK codes, or nothing it
 * can do here (the screen says so instead of hiding the city's offer).
 */
record Offer(String code, String name, Action action, String choice) {
  /** What choosing the product does at this kiosk. */
  enum Action {
    PRINT,
    REQUEST,
    UNAVAILABLE
  }

  /** The PIN/PUK request's product code in the city's catalogue. */
  static final String PIN_CODES = "eid-pin-puk-request";

  /**
   * The civil-status extract's product code: the screen shows it as one offer per act of the
   * citizen's ({@link #ofAct}), since the citizen chooses which act.
   */
  static final String CIVIL_STATUS_EXTRACT = "civil-status-extract";

  /**
   * The catalogue's attest products and the population register's models ({@code AttestModel}): the
   * codes are the city's, so the table is the kiosk's knowledge of them.
   */
  private static final Map<String, String> ATTESTS =
      Map.ofEntries(
          Map.entry("attest-household-composition", "HOUSEHOLD_COMPOSITION"),
          Map.entry("attest-main-residence", "MAIN_RESIDENCE"),
          Map.entry("attest-main-residence-history", "MAIN_RESIDENCE_WITH_HISTORY"),
          Map.entry("attest-nationality", "NATIONALITY"),
          Map.entry("attest-life", "LIFE"),
          Map.entry("attest-legal-cohabitation", "LEGAL_COHABITATION"),
          Map.entry("attest-residence-for-marriage", "RESIDENCE_FOR_MARRIAGE"),
          Map.entry("attest-burial-mode-and-rites", "BURIAL_MODE_AND_RITES"),
          Map.entry("attest-electoral-register", "ELECTORAL_REGISTER"),
          Map.entry("attest-register-extract", "EXTRACT_FROM_REGISTERS"));

  /** The offer of a product as the city's kiosk API lists it ({@code code}, {@code name}). */
  static Offer of(Map<String, Object> product) {
    String code = String.valueOf(product.get("code"));
    String name = String.valueOf(product.get("name"));
    String model = ATTESTS.get(code.toLowerCase(Locale.ROOT));
    if (model != null) {
      return new Offer(code, name, Action.PRINT, "attest:" + model);
    }
    if (PIN_CODES.equals(code)) {
      return new Offer(code, name, Action.REQUEST, null);
    }
    return new Offer(code, name, Action.UNAVAILABLE, null);
  }

  /**
   * The extract of one of the citizen's acts as the city lists them ({@code actNumber}, {@code
   * name} in the citizen's language, {@code eventDate}): printed as {@code extract:<act number>}.
   */
  static Offer ofAct(Map<String, Object> act) {
    String number = String.valueOf(act.get("actNumber"));
    Object day = act.get("eventDate");
    String name = act.get("name") + (day == null ? "" : " (" + day + ")");
    return new Offer(CIVIL_STATUS_EXTRACT + ":" + number, name, Action.PRINT, "extract:" + number);
  }
}
