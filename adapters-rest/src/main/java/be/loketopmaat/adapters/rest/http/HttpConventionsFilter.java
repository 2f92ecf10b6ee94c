package be.loketopmaat.adapters.rest.http;

import be.loketopmaat.adapters.rest.problem.Problem;
import be.loketopmaat.adapters.rest.problem.ProblemLanguage;
import be.loketopmaat.adapters.rest.problem.ProblemType;
import be.loketopmaat.adapters.rest.problem.Problems;
import be.loketopmaat.domain.common.Phrase;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.json.JsonMapper;
import io.micronaut.web.router.RouteAttributes;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What integrators expect of every answer, added in one place:
 *
 * <ul>
 *   <li>the usual security headers ({@code nosniff}, no framing, no referrer, a content security
 *       policy that lets a JSON answer load nothing);
 *   <li>{@code Cache-Control: no-store} on everything that is not reference data: appointments with
 *       their management codes, staff answers with national numbers, problems, kiosk sessions;
 *   <li>on reference data ({@link ReferenceData}: catalogue, locations and their calendars, the
 *       city) answered 200 to a GET: a strong ETag over the JSON body, {@code Cache-Control:
 *       public, max-age=N} (the service's own in-memory copy lives about as long) and {@code 304
 *       Not Modified} to a request whose {@code If-None-Match} names it.
 * </ul>
 *
 * A reference answer is written to JSON here, once, so that its ETag is the hash of the bytes sent.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public final class HttpConventionsFilter implements Ordered {
  private static final Pattern ETAG_LIST = Pattern.compile("\\s*,\\s*");

  /**
   * The security headers of every answer, also of those written before any filter runs ({@link
   * UndecodableRequests}).
   */
  static final Map<String, String> SECURITY_HEADERS =
      Map.of(
          "X-Content-Type-Options", "nosniff",
          "X-Frame-Options", "DENY",
          "Referrer-Policy", "no-referrer",
          "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");

  private final JsonMapper json;
  private final String referenceCaching;

  HttpConventionsFilter(
      JsonMapper json,
      @Value("${loket.http.reference-data-max-age:10s}") Duration referenceMaxAge) {
    this.json = json;
    this.referenceCaching = "public, max-age=" + referenceMaxAge.toSeconds();
  }

  /**
   * Late on the way out: after the problem handlers and the other filters wrote the answer, but
   * before {@link RequestIds}, which names whatever answer leaves, this one's problems included.
   */
  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 1;
  }

  @ResponseFilter
  public MutableHttpResponse<?> conventions(
      HttpRequest<?> request, MutableHttpResponse<?> response) {
    MutableHttpResponse<?> answer = response;
    if (response.getStatus() == HttpStatus.FORBIDDEN
        && response.getBody().isEmpty()
        && request.getHeaders().contains(HttpHeaders.ORIGIN)) {
      // Micronaut's CORS filter refuses a foreign origin with an empty 403: say why, as a problem.
      ProblemLanguage in = ProblemLanguage.of(request);
      answer =
          Problems.response(
              in,
              Problem.of(
                  in,
                  ProblemType.FORBIDDEN,
                  Phrase.of(
                      "The origin {0} may not call this API from a browser; the city lists the"
                          + " origins it allows.",
                      request.getHeaders().get(HttpHeaders.ORIGIN)),
                  request.getPath()));
    }
    if (isReferenceRead(request, response)) {
      answer = withEtag(request, response);
    } else if (!answer.getHeaders().contains(HttpHeaders.CACHE_CONTROL)) {
      answer.header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
    for (var header : SECURITY_HEADERS.entrySet()) {
      if (!answer.getHeaders().contains(header.getKey())) {
        // An answer may bring a stricter one of its own (a problem type's page: its style sheet).
        answer.header(header.getKey(), header.getValue());
      }
    }
    return answer;
  }

  private static boolean isReferenceRead(HttpRequest<?> request, HttpResponse<?> response) {
    return (request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD)
        && response.getStatus() == HttpStatus.OK
        && response.getBody().isPresent()
        && RouteAttributes.getRouteInfo(request)
            .map(route -> route.getAnnotationMetadata().hasAnnotation(ReferenceData.class))
            .orElse(false);
  }

  private MutableHttpResponse<?> withEtag(HttpRequest<?> request, MutableHttpResponse<?> response) {
    Object body = response.getBody().orElseThrow();
    byte[] bytes;
    try {
      bytes = body instanceof byte[] raw ? raw : json.writeValueAsBytes(body);
    } catch (IOException e) {
      // Not JSON after all: sent as it is, without validators, never cached.
      return response.header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
    String etag = etag(bytes);
    // A reference answer may say how long it keeps (a problem type's page: an hour), what else it
    // varies on (Accept) and what it is (HTML); by default JSON, kept as long as the data is.
    String caching = response.getHeaders().get(HttpHeaders.CACHE_CONTROL);
    caching = caching == null ? referenceCaching : caching;
    String vary =
        response.getHeaders().getAll(HttpHeaders.VARY).stream()
            .filter(v -> !v.equalsIgnoreCase(HttpHeaders.ACCEPT_LANGUAGE))
            .reduce((a, b) -> a + ", " + b)
            .map(v -> v + ", " + HttpHeaders.ACCEPT_LANGUAGE)
            .orElse(HttpHeaders.ACCEPT_LANGUAGE);
    if (matches(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH), etag)) {
      return HttpResponse.notModified()
          .header(HttpHeaders.ETAG, etag)
          .header(HttpHeaders.CACHE_CONTROL, caching)
          .header(HttpHeaders.VARY, vary);
    }
    MediaType type = response.getContentType().orElse(MediaType.APPLICATION_JSON_TYPE);
    @SuppressWarnings("unchecked")
    MutableHttpResponse<Object> sent = (MutableHttpResponse<Object>) response;
    sent.getHeaders().remove(HttpHeaders.VARY);
    sent.getHeaders().remove(HttpHeaders.CACHE_CONTROL);
    return sent.body(bytes)
        .contentType(type)
        .header(HttpHeaders.ETAG, etag)
        .header(HttpHeaders.CACHE_CONTROL, caching)
        .header(HttpHeaders.VARY, vary);
  }

  /** RFC 9110, 13.1.2: a list of entity tags or {@code *}; weak ones compare weakly. */
  static boolean matches(@Nullable String ifNoneMatch, String etag) {
    if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
      return false;
    }
    return Arrays.stream(ETAG_LIST.split(ifNoneMatch.strip(), -1))
        .anyMatch(tag -> tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag));
  }

  static String etag(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return '"'
          + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16))
          + '"';
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
