package be.loketopmaat.adapters.rest.attest;

import be.loketopmaat.adapters.rest.problem.Problem;
import be.loketopmaat.adapters.rest.problem.ProblemLanguage;
import be.loketopmaat.adapters.rest.problem.ProblemType;
import be.loketopmaat.adapters.rest.problem.Problems;
import be.loketopmaat.domain.common.Phrase;
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
 * Lets only the e-counter (the city's own portal, which signs the citizen in with CSAM/itsme)
 * through to {@value #PATHS}: it presents its partner key ({@value #PROPERTY}) in the {@value
 * #HEADER} header. A missing or wrong key is a 401 problem, before anything is read or changed;
 * with no key configured the e-counter endpoints stay closed. The staff token opens nothing here.
 */
@ServerFilter(ECounterKey.PATHS)
@Order(ECounterKey.ORDER)
public final class ECounterKey {
  public static final String PATHS = "/api/v1/e-counter/**";
  public static final String PROPERTY = "loket.e-counter.api-key";
  public static final String HEADER = "X-Api-Key";
  static final int ORDER = 0;

  private static final Logger LOG = LoggerFactory.getLogger(ECounterKey.class);

  private final byte[] expectedDigest;

  ECounterKey(@Nullable @Value("${" + PROPERTY + ":}") String key) {
    this.expectedDigest = key == null || key.isBlank() ? null : sha256(key.strip());
    if (expectedDigest == null) {
      LOG.warn("No {} is set: the e-counter endpoints answer 401 until one is", PROPERTY);
    }
  }

  @RequestFilter
  @Nullable
  public HttpResponse<Problem> requireTheKey(HttpRequest<?> request) {
    String presented = request.getHeaders().get(HEADER);
    // Fixed-length digests compared in constant time tell an attacker neither the key's length
    // nor how much of a guess was right.
    if (expectedDigest != null
        && presented != null
        && MessageDigest.isEqual(sha256(presented.strip()), expectedDigest)) {
      return null;
    }
    ProblemLanguage in = ProblemLanguage.of(request);
    return Problems.response(
            in,
            Problem.of(
                in,
                ProblemType.UNAUTHORIZED,
                presented == null
                    ? Phrase.of("The e-counter endpoints need the e-counter's key in 'X-Api-Key'.")
                    : Phrase.of("The e-counter key is not valid."),
                request.getPath()))
        .header(HttpHeaders.WWW_AUTHENTICATE, "ApiKey realm=\"e-counter\"");
  }

  private static byte[] sha256(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
