package be.loketopmaat.adapters.federal.http;

import be.loketopmaat.domain.common.Violations;
import java.net.URI;
import java.time.Duration;

/**
 * Where a federal system listens and how long to wait for it. Both timeouts are required: a call to
 * a system outside the city must end, answered or not, so that a thread never hangs on it.
 *
 * @param tls mutual TLS, or {@code null} for a plain connection (a local simulator)
 */
public record EndpointSettings(
    URI baseUri, Duration connectTimeout, Duration requestTimeout, TlsSettings tls) {
  private static final Duration LONGEST = Duration.ofMinutes(2);

  public EndpointSettings {
    String scheme = baseUri == null ? null : baseUri.getScheme();
    new Violations()
        .require(
            "http".equals(scheme) || "https".equals(scheme), "baseUri", "must be an http(s) URI")
        .require(
            tls == null || "https".equals(scheme),
            "baseUri",
            "must be https when TLS is configured")
        .require(
            isBetween(connectTimeout), "connectTimeout", "must be above zero and at most 2 min")
        .require(
            isBetween(requestTimeout), "requestTimeout", "must be above zero and at most 2 min")
        .throwIfAny();
  }

  /** A plain-HTTP endpoint with the given timeouts, for a simulator on this machine. */
  public static EndpointSettings plain(
      URI baseUri, Duration connectTimeout, Duration requestTimeout) {
    return new EndpointSettings(baseUri, connectTimeout, requestTimeout, null);
  }

  /** The base URI with {@code path} appended (the base's own path kept). */
  public URI resolve(String path) {
    String base = baseUri.toString();
    return URI.create(base.endsWith("/") ? base + path.replaceFirst("^/", "") : base + path);
  }

  private static boolean isBetween(Duration timeout) {
    return timeout != null
        && !timeout.isNegative()
        && !timeout.isZero()
        && timeout.compareTo(LONGEST) <= 0;
  }
}
