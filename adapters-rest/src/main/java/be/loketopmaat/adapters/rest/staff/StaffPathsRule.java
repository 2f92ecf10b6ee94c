package be.loketopmaat.adapters.rest.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.web.router.MethodBasedRouteMatch;
import io.micronaut.web.router.RouteAttributes;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/**
 * The last word on access, after each staff endpoint's {@code @Secured} roles have had theirs: the
 * public API is open to anyone, and a staff endpoint that no {@code @Secured} let through is
 * closed, so one that forgets its roles is closed, never open. A staff path that matches no
 * endpoint (wrong method or media type, unknown path) gets its 404, 405 or 415 once signed in, and
 * a 401 before: a stranger learns nothing about the staff API.
 */
@Singleton
public final class StaffPathsRule implements SecurityRule<HttpRequest<?>> {
  public static final String STAFF_PREFIX = "/api/v1/staff/";

  @Override
  public Publisher<SecurityRuleResult> check(
      @Nullable HttpRequest<?> request, @Nullable Authentication authentication) {
    if (request == null) {
      return Publishers.just(SecurityRuleResult.REJECTED);
    }
    if (!isStaffPath(request.getPath())) {
      return Publishers.just(SecurityRuleResult.ALLOWED);
    }
    // A refused method or media type matches no controller method, only Micronaut's own error
    // route.
    boolean noEndpoint =
        !(RouteAttributes.getRouteMatch(request).orElse(null) instanceof MethodBasedRouteMatch);
    return Publishers.just(
        noEndpoint && authentication != null
            ? SecurityRuleResult.ALLOWED
            : SecurityRuleResult.REJECTED);
  }

  public static boolean isStaffPath(String path) {
    return path.startsWith(STAFF_PREFIX)
        || path.equals(STAFF_PREFIX.substring(0, STAFF_PREFIX.length() - 1));
  }

  @Override
  public int getOrder() {
    return LOWEST_PRECEDENCE;
  }
}
