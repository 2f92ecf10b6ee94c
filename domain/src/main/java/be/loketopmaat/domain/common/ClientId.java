package be.loketopmaat.domain.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Who a request came from (an address, or a caller named by a trusted gateway), pseudonymised: the
 * rules that limit one client (holds, tickets) need to recognise it, never to know it. The digest
 * is what is stored.
 *
 * @param digest the SHA-256 of the client's key, in hex
 */
public record ClientId(String digest) {
  private static final int DIGEST_HEX_LENGTH = 64;

  public ClientId {
    if (digest == null
        || digest.length() != DIGEST_HEX_LENGTH
        || !digest.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
      throw new IllegalArgumentException("a client id is a SHA-256 digest in lower-case hex");
    }
  }

  /** The client id of a raw client key, such as {@code ip:192.0.2.1}. */
  public static ClientId of(String clientKey) {
    if (clientKey == null || clientKey.isEmpty()) {
      throw new IllegalArgumentException("a client key is needed");
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(clientKey.getBytes(StandardCharsets.UTF_8));
      return new ClientId(HexFormat.of().formatHex(digest));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return digest.substring(0, 12) + "…";
  }
}
