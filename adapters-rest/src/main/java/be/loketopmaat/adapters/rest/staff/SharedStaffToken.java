package be.loketopmaat.adapters.rest.staff;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import org.reactivestreams.Publisher;

/**
 * The opt-in shared staff token ({@code loket.staff.token}) for a first run before the city's
 * identity provider is connected: whoever presents it acts with every staff role, as {@value
 * StaffActors#SHARED_TOKEN_ID}. Left empty, it opens nothing.
 */
@Singleton
public final class SharedStaffToken implements AuthenticationFetcher<HttpRequest<?>> {
  public static final String TOKEN_PROPERTY = "loket.staff.token";
  private static final String BEARER = "Bearer ";

  private final byte[] expectedDigest;

  SharedStaffToken(@Value("${" + TOKEN_PROPERTY + ":}") String token) {
    this.expectedDigest = token == null || token.isBlank() ? null : sha256(token.strip());
  }

  /** Whether a shared token is configured at all. */
  public boolean configured() {
    return expectedDigest != null;
  }

  @Override
  public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
    if (expectedDigest == null) {
      return Publishers.empty();
    }
    String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
    if (authorization == null
        || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return Publishers.empty();
    }
    byte[] presented = sha256(authorization.substring(BEARER.length()).strip());
    // Fixed-length digests compared in constant time tell an attacker neither the token's length
    // nor how much of a guess was right.
    if (!MessageDigest.isEqual(presented, expectedDigest)) {
      return Publishers.empty();
    }
    return Publishers.just(
        Authentication.build(
            StaffActors.SHARED_TOKEN_ID,
            StaffRoles.ALL,
            Map.of("name", StaffActors.SHARED_TOKEN_NAME)));
  }

  private static byte[] sha256(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
