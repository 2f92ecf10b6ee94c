package be.loketopmaat.adapters.rest.problem;

import io.micronaut.http.HttpStatus;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of problem this API reports. Each has a stable {@code type} URI that clients may branch
 * on; titles are for people and may be reworded.
 */
public enum ProblemType {
  INVALID_INPUT("/problems/invalid-input", "Invalid input", HttpStatus.BAD_REQUEST, false),
  MALFORMED_JSON("/problems/malformed-json", "Malformed JSON", HttpStatus.BAD_REQUEST, false),
  BAD_REQUEST("/problems/bad-request", "Bad request", HttpStatus.BAD_REQUEST, true),
  UNAUTHORIZED("/problems/unauthorized", "Unauthorized", HttpStatus.UNAUTHORIZED, true),
  /** Signed in, but no role of the caller's allows this. */
  FORBIDDEN("/problems/forbidden", "Forbidden", HttpStatus.FORBIDDEN, true),
  NOT_FOUND("/problems/not-found", "Not found", HttpStatus.NOT_FOUND, true),
  METHOD_NOT_ALLOWED(
      "/problems/method-not-allowed", "Method not allowed", HttpStatus.METHOD_NOT_ALLOWED, true),
  NOT_ACCEPTABLE("/problems/not-acceptable", "Not acceptable", HttpStatus.NOT_ACCEPTABLE, true),
  ALREADY_EXISTS("/problems/already-exists", "Already exists", HttpStatus.CONFLICT, false),
  /** The request clashes with the current state; {@code reason} says how. */
  CONFLICT("/problems/conflict", "Conflict", HttpStatus.CONFLICT, false),
  /** The slot went to someone else; {@code alternatives} lists the next free ones. */
  SLOT_TAKEN("/problems/slot-taken", "Slot taken", HttpStatus.CONFLICT, false),
  TOO_MANY_REQUESTS(
      "/problems/too-many-requests", "Too many requests", HttpStatus.TOO_MANY_REQUESTS, true),
  PAYLOAD_TOO_LARGE(
      "/problems/payload-too-large",
      "Payload too large",
      HttpStatus.REQUEST_ENTITY_TOO_LARGE,
      true),
  /** The request line (method, URL, version) is longer than the server reads. */
  URI_TOO_LONG("/problems/uri-too-long", "URI too long", HttpStatus.REQUEST_URI_TOO_LONG, true),
  /** The request's header fields together are larger than the server reads. */
  HEADER_FIELDS_TOO_LARGE(
      "/problems/header-fields-too-large",
      "Request header fields too large",
      HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
      true),
  UNSUPPORTED_MEDIA_TYPE(
      "/problems/unsupported-media-type",
      "Unsupported media type",
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      true),
  INTERNAL_ERROR(
      "/problems/internal-error", "Internal server error", HttpStatus.INTERNAL_SERVER_ERROR, true),
  STAFF_API_DISABLED(
      "/problems/staff-api-disabled", "Staff API disabled", HttpStatus.SERVICE_UNAVAILABLE, false),
  /** The database is away: try again after {@code Retry-After} seconds; nothing was changed. */
  DATABASE_UNAVAILABLE(
      "/problems/database-unavailable",
      "Database unavailable",
      HttpStatus.SERVICE_UNAVAILABLE,
      false);

  private final String uri;
  private final String title;
  private final HttpStatus status;

  /** Whether any error with this status is of this kind, or only the one error that names it. */
  private final boolean generalForStatus;

  ProblemType(String uri, String title, HttpStatus status, boolean generalForStatus) {
    this.uri = uri;
    this.title = title;
    this.status = status;
    this.generalForStatus = generalForStatus;
  }

  public String uri() {
    return uri;
  }

  /** The last segment of the URI: the name of the page that explains this kind of problem. */
  public String pageName() {
    return uri.substring(uri.lastIndexOf('/') + 1);
  }

  /** The kind whose page has this name. */
  public static Optional<ProblemType> forPageName(String name) {
    return Arrays.stream(values()).filter(t -> t.pageName().equals(name)).findFirst();
  }

  public String title() {
    return title;
  }

  public HttpStatus status() {
    return status;
  }

  /**
   * The general kind for a status when nothing more specific is known. Statuses without a kind of
   * their own get none: the caller then uses RFC 9457's {@code about:blank}.
   */
  static ProblemType forStatus(int status) {
    return Arrays.stream(values())
        .filter(t -> t.generalForStatus && t.status.getCode() == status)
        .findFirst()
        .orElse(null);
  }
}
