package be.loketopmaat.adapters.federal.ebox;

import be.loketopmaat.adapters.federal.http.PartnerJsonApi;
import java.util.regex.Pattern;

/**
 * Names from {@code contracts/ebox/ebox-publication.openapi.yaml}, shared by the adapter and the
 * simulator so that both follow the one written contract.
 */
public final class EboxContract {
  public static final String CONSENTS_PATH = "/v2.1/consents/";
  public static final String MESSAGES_PATH = "/v2.1/messages";
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  public static final String JSON = PartnerJsonApi.JSON;

  /** A message id as the contract writes it (so that it is safe in a path). */
  public static final Pattern MESSAGE_ID = Pattern.compile("[A-Za-z0-9-]{1,100}");

  /** Error codes of the contract (the {@code code} of an error body). */
  public static final String MALFORMED_REQUEST = "MALFORMED_REQUEST";

  public static final String DUPLICATE_KEY = "DUPLICATE_KEY";
  public static final String NO_CONSENT = "NO_CONSENT";
  public static final String MESSAGE_REFUSED = "MESSAGE_REFUSED";
  public static final String UNKNOWN_MESSAGE = "UNKNOWN_MESSAGE";

  /** The most documents one message carries, and the largest one, decoded. */
  public static final int MAX_DOCUMENTS = 6;

  public static final int MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

  private EboxContract() {}

  public static String messagePath(String messageId) {
    return MESSAGES_PATH + "/" + messageId;
  }
}
