package be.loketopmaat.adapters.rest.http;

import be.loketopmaat.adapters.rest.problem.Problem;
import be.loketopmaat.adapters.rest.problem.ProblemLanguage;
import be.loketopmaat.adapters.rest.problem.ProblemType;
import be.loketopmaat.adapters.rest.problem.Problems;
import be.loketopmaat.application.port.in.DatabaseAvailabilityUseCase;
import be.loketopmaat.domain.common.Phrase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.RouteAttributes;

/**
 * While the database is away, what needs it is refused at once (503 problem+json with {@code
 * Retry-After}) instead of waiting for the pool's timeout, and reference data is answered from the
 * service's last good copy in memory, saying so in {@code X-Served-From: memory}. Health and
 * metrics are never refused: they report the outage.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
// A context without a database to watch (the REST adapter's own tests) has no gate at all.
@Requires(beans = DatabaseAvailabilityUseCase.class)
public final class DatabaseGate implements Ordered {
  public static final String SERVED_FROM = "X-Served-From";

  private final DatabaseAvailabilityUseCase database;

  DatabaseGate(DatabaseAvailabilityUseCase database) {
    this.database = database;
  }

  /** Right after the request id is given (which {@link RequestIds} does first). */
  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 10;
  }

  @RequestFilter
  @Nullable
  public HttpResponse<Problem> refuseWhileAway(HttpRequest<?> request) {
    if (exempt(request) || database.databaseAvailable()) {
      return null;
    }
    long seconds = Math.max(1, database.retryAfter().toSeconds());
    ProblemLanguage in = ProblemLanguage.of(request);
    return Problems.response(
            in,
            Problem.of(
                in,
                ProblemType.DATABASE_UNAVAILABLE,
                Phrase.of(
                    "The service cannot reach its database just now; try again in {0} seconds.",
                    seconds),
                request.getPath()))
        .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
  }

  @ResponseFilter
  public void sayWhereFrom(HttpRequest<?> request, MutableHttpResponse<?> response) {
    if (referenceData(request) && !database.databaseAvailable()) {
      response.header(SERVED_FROM, "memory");
    }
  }

  private static boolean exempt(HttpRequest<?> request) {
    String path = request.getPath();
    return referenceData(request)
        || path.equals("/health")
        || path.startsWith("/health/")
        || path.equals("/prometheus")
        || path.startsWith("/api/v1/openapi");
  }

  private static boolean referenceData(HttpRequest<?> request) {
    return RouteAttributes.getRouteInfo(request)
        .map(route -> route.getAnnotationMetadata().hasAnnotation(ReferenceData.class))
        .orElse(false);
  }
}
