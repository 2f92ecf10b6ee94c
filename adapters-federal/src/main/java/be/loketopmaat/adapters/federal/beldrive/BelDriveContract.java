package be.loketopmaat.adapters.federal.beldrive;

import be.loketopmaat.adapters.federal.http.PartnerCredentials;
import be.loketopmaat.adapters.federal.http.PartnerJsonApi;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Names from {@code contracts/beldrive/driving-licences.openapi.yaml}, shared by the adapter and
 * the simulator so that both follow the one written contract.
 */
public final class BelDriveContract {
  public static final String APPLICATIONS_PATH = "/v1/applications";
  public static final String EVENTS_PATH = APPLICATIONS_PATH + "/events";
  public static final String DELIVERY_SUFFIX = "/delivery";

  public static final String MUNICIPALITY_HEADER = PartnerCredentials.MUNICIPALITY_HEADER;
  public static final String JSON = PartnerJsonApi.JSON;

  /** The most events one page holds, and the default page size. */
  public static final int MAX_LIMIT = 500;

  public static final int DEFAULT_LIMIT = 100;

  /** An application id as the contract writes it (so that it is safe in a path). */
  public static final Pattern APPLICATION_ID = Pattern.compile("[A-Z0-9-]{4,40}");

  /** A licence category's shape; BelDrive may add categories of this shape. */
  public static final Pattern CATEGORY = Pattern.compile("[A-Z][A-Z0-9]{0,3}");

  /** The licence categories the contract names (European categories and the Belgian G). */
  public static final List<String> CATEGORIES =
      List.of(
          "AM", "A1", "A2", "A", "B", "BE", "C1", "C1E", "C", "CE", "D1", "D1E", "D", "DE", "G");

  /** Error codes of the contract (the {@code code} of an error body). */
  public static final String MALFORMED_REQUEST = "MALFORMED_REQUEST";

  public static final String UNAUTHENTICATED = "UNAUTHENTICATED";
  public static final String FORBIDDEN = "FORBIDDEN";
  public static final String UNKNOWN_APPLICATION = "UNKNOWN_APPLICATION";
  public static final String NOT_READY = "NOT_READY";

  /** The states of an application in the event feed. */
  public enum State {
    SUBMITTED,
    ACCEPTED,
    IN_PRODUCTION,
    READY_FOR_PICKUP,
    DELIVERED,
    REFUSED,
    CANCELLED;

    /** Whether the application goes no further. */
    public boolean isFinal() {
      return this == DELIVERED || this == REFUSED || this == CANCELLED;
    }
  }

  private BelDriveContract() {}

  /** The delivery path of an application id (which the contract limits to [A-Z0-9-]). */
  public static String deliveryPath(String applicationId) {
    return APPLICATIONS_PATH + "/" + applicationId + DELIVERY_SUFFIX;
  }
}
