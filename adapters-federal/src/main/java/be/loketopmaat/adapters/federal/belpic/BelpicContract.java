package be.loketopmaat.adapters.federal.belpic;

import be.loketopmaat.adapters.federal.http.PartnerCredentials;
import be.loketopmaat.adapters.federal.http.PartnerJsonApi;

/**
 * Names from {@code contracts/belpic/document-production.openapi.yaml}, shared by the adapter and
 * the simulator so that both follow the one written contract.
 */
public final class BelpicContract {
  public static final String ORDERS_PATH = "/v1/orders";
  public static final String CODE_ORDERS_PATH = "/v1/code-orders";
  public static final String EVENTS_PATH = "/v1/events";
  public static final String ACTIVATION_SUFFIX = "/activation";
  public static final String RETURN_SUFFIX = "/return";

  public static final String MUNICIPALITY_HEADER = PartnerCredentials.MUNICIPALITY_HEADER;
  public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";
  public static final String JSON = PartnerJsonApi.JSON;

  /** The most events one page holds, and the default page size. */
  public static final int MAX_LIMIT = 500;

  public static final int DEFAULT_LIMIT = 100;

  /** Error codes of the contract (the {@code code} of an error body). */
  public static final String MALFORMED_REQUEST = "MALFORMED_REQUEST";

  public static final String UNAUTHENTICATED = "UNAUTHENTICATED";
  public static final String FORBIDDEN = "FORBIDDEN";
  public static final String IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED";
  public static final String UNKNOWN_NATIONAL_NUMBER = "UNKNOWN_NATIONAL_NUMBER";
  public static final String PHOTO_REJECTED = "PHOTO_REJECTED";
  public static final String INVALID_REQUEST = "INVALID_REQUEST";
  public static final String UNKNOWN_PRODUCTION_NUMBER = "UNKNOWN_PRODUCTION_NUMBER";
  public static final String NOT_DELIVERED = "NOT_DELIVERED";
  public static final String ALREADY_ACTIVATED = "ALREADY_ACTIVATED";
  public static final String NO_ACTIVE_CARD = "NO_ACTIVE_CARD";
  public static final String ADDRESS_CHANGE_PENDING = "ADDRESS_CHANGE_PENDING";
  public static final String CARD_ORDER_PENDING = "CARD_ORDER_PENDING";

  /** What an order in the event feed is for ({@code subject}; DOCUMENT when it is absent). */
  public enum Subject {
    DOCUMENT,
    CODES
  }

  /** The states of an order in the event feed. */
  public enum State {
    ACCEPTED,
    IN_PRODUCTION,
    DISPATCHED,
    DELIVERED,
    REFUSED
  }

  private BelpicContract() {}

  /** The activation path of a production number (which the contract limits to [A-Z0-9-]). */
  public static String returnPath(String productionNumber) {
    return ORDERS_PATH + "/" + productionNumber + RETURN_SUFFIX;
  }

  public static String activationPath(String productionNumber) {
    return ORDERS_PATH + "/" + productionNumber + ACTIVATION_SUFFIX;
  }
}
