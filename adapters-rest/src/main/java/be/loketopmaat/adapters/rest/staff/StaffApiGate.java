package be.loketopmaat.adapters.rest.staff;

import be.loketopmaat.adapters.rest.problem.Problem;
import be.loketopmaat.adapters.rest.problem.ProblemLanguage;
import be.loketopmaat.adapters.rest.problem.ProblemType;
import be.loketopmaat.adapters.rest.problem.Problems;
import be.loketopmaat.domain.common.Phrase;
import io.micronaut.context.env.Environment;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Order;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the staff API closed (503) while nobody can sign in to it: no identity provider's keys
 * ({@value #SIGNATURES}) and no shared token. A forgotten setting must not look like a wrong
 * password, and must never open anything. Runs before authentication.
 */
@ServerFilter(StaffApiGate.STAFF_PATHS)
@Order(StaffApiGate.ORDER)
public final class StaffApiGate {
  public static final int ORDER = 0;
  public static final String STAFF_PATHS = "/api/v1/staff/**";
  public static final String SIGNATURES = "micronaut.security.token.jwt.signatures";

  private static final Logger LOG = LoggerFactory.getLogger(StaffApiGate.class);

  private final boolean open;

  StaffApiGate(Environment environment, SharedStaffToken sharedToken) {
    this.open = environment.containsProperties(SIGNATURES) || sharedToken.configured();
    if (!open) {
      LOG.warn(
          "Neither the identity provider's keys ({}.jwks.<name>.url) nor {} are set: the staff API"
              + " answers 503 until one is",
          SIGNATURES,
          SharedStaffToken.TOKEN_PROPERTY);
    }
  }

  @RequestFilter
  @Nullable
  public HttpResponse<Problem> requireSomeWayToSignIn(HttpRequest<?> request) {
    if (open) {
      return null;
    }
    ProblemLanguage in = ProblemLanguage.of(request);
    return Problems.response(
        in,
        Problem.of(
            in,
            ProblemType.STAFF_API_DISABLED,
            Phrase.of("The staff API is disabled on this server: no way to sign in is configured."),
            request.getPath()));
  }
}
