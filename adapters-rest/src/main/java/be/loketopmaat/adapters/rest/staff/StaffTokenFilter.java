package be.loketopmaat.adapters.rest.staff;

import be.loketopmaat.adapters.rest.problem.Problem;
import be.loketopmaat.adapters.rest.problem.ProblemType;
import be.loketopmaat.adapters.rest.problem.Problems;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Order;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Guards the staff API with one shared bearer token ({@code loket.staff.token}). Without a
 * configured token the staff API is closed (503), never open: a forgotten setting must not publish
 * write access.
 */
@ServerFilter(StaffTokenFilter.STAFF_PATHS)
@Order(StaffTokenFilter.ORDER)
public final class StaffTokenFilter {
  /** Explicit, so that filters that must run after authentication can say so. */
  public static final int ORDER = 0;

  public static final String STAFF_PATHS = "/api/v1/staff/**";
  public static final String TOKEN_PROPERTY = "loket.staff.token";

  private static final Logger LOG = LoggerFactory.getLogger(StaffTokenFilter.class);
  private static final String BEARER = "Bearer ";

  private final byte[] expectedDigest;

  StaffTokenFilter(@Value("${" + TOKEN_PROPERTY + ":}") String token) {
    if (token == null || token.isBlank()) {
      LOG.warn("{} is not set: the staff API answers 503 until it is", TOKEN_PROPERTY);
      this.expectedDigest = null;
    } else {
      this.expectedDigest = sha256(token.strip());
    }
  }

  @RequestFilter
  @Nullable
  public HttpResponse<Problem> requireStaffToken(HttpRequest<?> request) {
    String path = request.getPath();
    if (expectedDigest == null) {
      return Problems.response(
          Problem.of(
              ProblemType.STAFF_API_DISABLED,
              "The staff API is disabled on this server: no staff token is configured.",
              path));
    }
    String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
    if (authorization == null
        || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return unauthorized(
          path,
          "Staff endpoints need an 'Authorization: Bearer <token>' header.",
          "Bearer realm=\"staff\"");
    }
    byte[] presented = sha256(authorization.substring(BEARER.length()).strip());
    // Comparing fixed-length digests in constant time tells an attacker neither the token's length
    // nor
    // how much of a guess was right.
    if (!MessageDigest.isEqual(presented, expectedDigest)) {
      return unauthorized(
          path, "The staff token is not valid.", "Bearer realm=\"staff\", error=\"invalid_token\"");
    }
    return null;
  }

  private static HttpResponse<Problem> unauthorized(String path, String detail, String challenge) {
    return Problems.response(Problem.of(ProblemType.UNAUTHORIZED, detail, path))
        .header(HttpHeaders.WWW_AUTHENTICATE, challenge);
  }

  private static byte[] sha256(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
