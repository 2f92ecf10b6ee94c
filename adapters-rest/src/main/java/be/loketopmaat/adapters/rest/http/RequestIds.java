package be.loketopmaat.adapters.rest.http;

import be.loketopmaat.adapters.rest.problem.Problem;
import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.UriRouteInfo;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * A request id for every request, and the access log. The id is the caller's {@code X-Request-Id}
 * when it is a plain token (a city's gateway sets one), a new UUID otherwise; it is in every log
 * line written for the request ({@code %X{requestId}} in the log pattern, carried to the threads
 * that serve it), in the answer's {@code X-Request-Id}, and in every problem's {@code requestId}.
 *
 * <p>The access log (logger {@code loket.access}) writes one line per request: method, the route's
 * template (never the path as sent, nor its query: they can hold a management code, a reference or
 * a national number), status, milliseconds and the request id. A request that matched no route is
 * logged as {@code (no route)}.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public final class RequestIds implements Ordered {
  public static final String HEADER = "X-Request-Id";
  public static final String MDC_KEY = "requestId";
  static final String ATTRIBUTE = "loket.requestId";
  private static final String STARTED = "loket.requestStarted";
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:-]{8,64}");
  private static final Logger ACCESS = LoggerFactory.getLogger("loket.access");

  /** First in, last out: the id is there before anything logs, and the log line after all. */
  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }

  @RequestFilter
  public void start(HttpRequest<?> request, MutablePropagatedContext context) {
    String id = idFor(request.getHeaders().get(HEADER));
    request.setAttribute(ATTRIBUTE, id);
    request.setAttribute(STARTED, System.nanoTime());
    context.add(new MdcPropagationContext(Map.of(MDC_KEY, id)));
  }

  @ResponseFilter
  public void finish(HttpRequest<?> request, MutableHttpResponse<?> response) {
    String id = of(request).orElse("-");
    response.header(HEADER, id);
    if (response.getBody().orElse(null) instanceof Problem problem && problem.requestId() == null) {
      @SuppressWarnings("unchecked")
      MutableHttpResponse<Object> answer = (MutableHttpResponse<Object>) response;
      answer.body(problem.withRequestId(id));
    }
    long started = request.getAttribute(STARTED, Long.class).orElse(System.nanoTime());
    String route =
        RouteAttributes.getRouteInfo(request)
            .filter(UriRouteInfo.class::isInstance)
            .map(info -> ((UriRouteInfo<?, ?>) info).getUriMatchTemplate().toPathString())
            .orElse("(no route)");
    access(
        request.getMethodName(),
        route,
        response.code(),
        (System.nanoTime() - started) / 1_000_000,
        id);
  }

  /** The id of a request that sent {@code given} as its {@code X-Request-Id} (or none). */
  static String idFor(String given) {
    return given != null && PLAIN.matcher(given).matches() ? given : UUID.randomUUID().toString();
  }

  /**
   * One line of the access log, also for the answers written before any filter runs ({@link
   * UndecodableRequests}).
   */
  static void access(String method, String route, int status, long millis, String id) {
    if (ACCESS.isInfoEnabled()) {
      String previous = MDC.get(MDC_KEY);
      MDC.put(MDC_KEY, id);
      try {
        ACCESS.info("{} {} {} {}ms", method, route, status, millis);
      } finally {
        if (previous == null) {
          MDC.remove(MDC_KEY);
        } else {
          MDC.put(MDC_KEY, previous);
        }
      }
    }
  }

  /** The id this request was given, once the filter has run. */
  public static Optional<String> of(HttpRequest<?> request) {
    return request.getAttribute(ATTRIBUTE, String.class);
  }
}
