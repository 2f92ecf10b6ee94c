package be.loketopmaat.adapters.rest.ratelimit;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Who a request comes from, for the rate limit and as the scope of an {@code Idempotency-Key}: the
 * remote address, or, behind a trusted gateway, the header it sets ({@value #HEADER_PROPERTY}).
 * Keys are prefixed by their source so that a header value can never pass for an address.
 */
@Singleton
public final class ClientKeys {
  public static final String HEADER_PROPERTY = "loket.rate-limit.client-header";

  /** Keys end up in the idempotency store: keep them short whatever a gateway sends. */
  static final int MAX_RAW_LENGTH = 64;

  private final String header;

  ClientKeys(@Value("${" + HEADER_PROPERTY + ":}") String header) {
    this.header = header == null || header.isBlank() ? null : header.strip();
  }

  /**
   * A request without the configured header (one that did not pass the gateway) is keyed by its
   * address, so that it is still limited, on its own.
   */
  public String of(HttpRequest<?> request) {
    if (header != null) {
      String value = request.getHeaders().get(header);
      if (value != null && !value.isBlank()) {
        return "id:" + bounded(value.strip());
      }
    }
    return "ip:" + address(request.getRemoteAddress());
  }

  private static String address(InetSocketAddress remote) {
    InetAddress address = remote.getAddress();
    return address != null ? address.getHostAddress() : remote.getHostString();
  }

  private static String bounded(String value) {
    if (value.length() <= MAX_RAW_LENGTH && value.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      return value;
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return "#" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
