package be.loketopmaat.adapters.rest.ratelimit;

import be.loketopmaat.adapters.rest.problem.Problem;
import be.loketopmaat.adapters.rest.problem.ProblemLanguage;
import be.loketopmaat.adapters.rest.problem.ProblemType;
import be.loketopmaat.adapters.rest.problem.Problems;
import be.loketopmaat.domain.common.Phrase;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Order;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.RouteAttributes;
import java.util.OptionalLong;

/**
 * Answers 429 to a client that books too fast, before its request reaches a use case. It runs after
 * the route is matched (to see {@link RateLimited}) and after Micronaut Security (its filter runs
 * at {@code ServerFilterPhase.SECURITY}, 39000), so that requests refused as unauthorised do not
 * use up the bucket of whoever shares the address.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Order(RateLimitFilter.ORDER)
public final class RateLimitFilter {
  /** {@code ServerFilterPhase.SECURITY.after()}, as a constant for {@code @Order}. */
  static final int ORDER = 39_250;

  private final RateLimiter limiter;
  private final ClientKeys clients;

  RateLimitFilter(RateLimiter limiter, ClientKeys clients) {
    this.limiter = limiter;
    this.clients = clients;
  }

  @RequestFilter
  @Nullable
  public HttpResponse<Problem> limit(HttpRequest<?> request) {
    if (!limiter.enabled() || !isRateLimited(request)) {
      return null;
    }
    OptionalLong retryAfter = limiter.refuse(clients.of(request));
    if (retryAfter.isEmpty()) {
      return null;
    }
    long seconds = retryAfter.getAsLong();
    ProblemLanguage in = ProblemLanguage.of(request);
    return Problems.response(
            in,
            Problem.of(
                in,
                ProblemType.TOO_MANY_REQUESTS,
                Phrase.of("Too many requests from this client; try again in {0} seconds.", seconds),
                request.getPath()))
        .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
  }

  private static boolean isRateLimited(HttpRequest<?> request) {
    return RouteAttributes.getRouteInfo(request)
        .map(route -> route.getAnnotationMetadata().hasAnnotation(RateLimited.class))
        .orElse(false);
  }
}
