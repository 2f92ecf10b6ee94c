package be.loketopmaat.adapters.federal.kits;

import be.loketopmaat.adapters.federal.http.PartnerJsonApi;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Names from {@code contracts/biometrics-kits/biometrics-kits.openapi.yaml}, shared by the adapter
 * and the simulator so that both follow the one written contract.
 */
public final class KitContract {
  public static final String KITS_PATH = "/v1/kits";
  public static final String VISITS_SEGMENT = "/visits/";
  public static final String REPORTS_PATH = "/v1/reports";
  public static final String JSON = PartnerJsonApi.JSON;

  public static final int MAX_LIMIT = 500;
  public static final int DEFAULT_LIMIT = 100;

  /** A kit id as the contract writes it (so that it is safe in a path). */
  public static final Pattern KIT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,58}[a-z0-9]");

  public static final Pattern PRODUCTION_NUMBER = Pattern.compile("[A-Z0-9-]{4,40}");

  public static final String UNKNOWN_KIT = "UNKNOWN_KIT";
  public static final String VISIT_REPORTED = "VISIT_REPORTED";

  /** What a visit is for, as the contract names it. */
  public enum Purpose {
    APPLICATION,
    DELIVERY
  }

  /** What a kit did, as the contract names it. */
  public enum Outcome {
    CAPTURED,
    HANDED_OVER,
    NOT_DONE
  }

  private KitContract() {}

  public static String visitPath(String kitId, UUID visitId) {
    return KITS_PATH + "/" + kitId + VISITS_SEGMENT + visitId;
  }
}
