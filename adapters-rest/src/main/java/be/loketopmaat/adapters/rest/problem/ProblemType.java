package be.loketopmaat.adapters.rest.problem;

import io.micronaut.http.HttpStatus;
import java.util.Arrays;

/**
 * The kinds of problem this API reports. Each has a stable {@code type} URI that clients may branch on;
 * titles are for people and may be reworded.
 */
public enum ProblemType {
  INVALID_INPUT("/problems/invalid-input", "Invalid input", HttpStatus.BAD_REQUEST),
  MALFORMED_JSON("/problems/malformed-json", "Malformed JSON", HttpStatus.BAD_REQUEST),
  BAD_REQUEST("/problems/bad-request", "Bad request", HttpStatus.BAD_REQUEST),
  UNAUTHORIZED("/problems/unauthorized", "Unauthorized", HttpStatus.UNAUTHORIZED),
  NOT_FOUND("/problems/not-found", "Not found", HttpStatus.NOT_FOUND),
  METHOD_NOT_ALLOWED("/problems/method-not-allowed", "Method not allowed", HttpStatus.METHOD_NOT_ALLOWED),
  NOT_ACCEPTABLE("/problems/not-acceptable", "Not acceptable", HttpStatus.NOT_ACCEPTABLE),
  ALREADY_EXISTS("/problems/already-exists", "Already exists", HttpStatus.CONFLICT),
  PAYLOAD_TOO_LARGE("/problems/payload-too-large", "Payload too large", HttpStatus.REQUEST_ENTITY_TOO_LARGE),
  UNSUPPORTED_MEDIA_TYPE("/problems/unsupported-media-type", "Unsupported media type",
      HttpStatus.UNSUPPORTED_MEDIA_TYPE),
  INTERNAL_ERROR("/problems/internal-error", "Internal server error", HttpStatus.INTERNAL_SERVER_ERROR),
  STAFF_API_DISABLED("/problems/staff-api-disabled", "Staff API disabled", HttpStatus.SERVICE_UNAVAILABLE);

  private final String uri;
  private final String title;
  private final HttpStatus status;

  ProblemType(String uri, String title, HttpStatus status) {
    this.uri = uri;
    this.title = title;
    this.status = status;
  }

  public String uri() {
    return uri;
  }

  public String title() {
    return title;
  }

  public HttpStatus status() {
    return status;
  }

  /**
   * The general kind for a status when nothing more specific is known. Statuses without a kind of their
   * own get none: the caller then uses RFC 9457's {@code about:blank}.
   */
  static ProblemType forStatus(int status) {
    return Arrays.stream(values())
        .filter(t -> t.status.getCode() == status)
        .filter(t -> t != INVALID_INPUT && t != MALFORMED_JSON)
        .findFirst()
        .orElse(null);
  }
}
