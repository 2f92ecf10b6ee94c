package be.loketopmaat.adapters.federal.dabs;

import be.loketopmaat.adapters.federal.http.PartnerJsonApi;
import java.util.regex.Pattern;

/**
 * Names from {@code contracts/dabs/civil-status-acts.openapi.yaml}, shared by the adapter and the
 * simulator so that both follow the one written contract.
 */
public final class DabsContract {
  public static final String DRAFTS_PATH = "/v1/draft-acts";
  public static final String SIGNATURE_SUFFIX = "/signature";
  public static final String ACTS_PATH = "/v1/acts";
  public static final String EXTRACT_SUFFIX = "/extract";
  public static final String VERIFICATIONS_PATH = "/v1/verifications";
  public static final String PERSONS_PATH = "/v1/persons";
  public static final String ACTS_SUFFIX = "/acts";
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  public static final String VERIFICATION_URL = "Verification-Url";
  public static final String JSON = PartnerJsonApi.JSON;
  public static final String PDF = "application/pdf";

  /** A draft id or an act number as the contract writes them (so that they are safe in a path). */
  public static final Pattern ID = Pattern.compile("[A-Z0-9-]{4,40}");

  /** An idempotency key: the caller's own id of the declaration. */
  public static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{8,100}");

  /** Error codes of the contract (the {@code code} of an error body). */
  public static final String MALFORMED_REQUEST = "MALFORMED_REQUEST";

  public static final String UNKNOWN_NATIONAL_NUMBER = "UNKNOWN_NATIONAL_NUMBER";
  public static final String NOT_ELECTRONIC = "NOT_ELECTRONIC";
  public static final String DUPLICATE_DECLARATION = "DUPLICATE_DECLARATION";
  public static final String UNKNOWN_DRAFT = "UNKNOWN_DRAFT";
  public static final String OFFICER_NOT_AUTHORISED = "OFFICER_NOT_AUTHORISED";
  public static final String UNKNOWN_ACT = "UNKNOWN_ACT";

  /** The contract's words for what ties a birth's other parent to the mother. */
  public static final String TIE_SPOUSE = "SPOUSE_OF_MOTHER";

  public static final String TIE_PRENATAL = "PRENATAL_RECOGNITION";
  public static final String TIE_NONE = "NONE";

  private DabsContract() {}

  public static String draftPath(String draftId) {
    return DRAFTS_PATH + "/" + draftId;
  }

  public static String signaturePath(String draftId) {
    return draftPath(draftId) + SIGNATURE_SUFFIX;
  }

  /** The signed acts naming a person, by national number (eleven digits). */
  public static String personActsPath(String nationalNumber) {
    return PERSONS_PATH + "/" + nationalNumber + ACTS_SUFFIX;
  }

  public static String extractPath(String actNumber, String language) {
    return ACTS_PATH + "/" + actNumber + EXTRACT_SUFFIX + "?language=" + language;
  }
}
