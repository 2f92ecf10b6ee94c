package be.loketopmaat.domain.kiosk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The kiosks' secrets: random credentials and session tokens (kept only as SHA-256 hashes: they are
 * 256 random bits, so a slow hash adds nothing), and the keyed hash (HMAC-SHA256, RFC 2104) that
 * pseudonymises national numbers in the usage log.
 */
public final class Secrets {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int BLOCK = 64;

  private Secrets() {}

  public static byte[] randomBytes(int count) {
    byte[] bytes = new byte[count];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  /** 256 random bits, URL-safe base64 without padding. */
  public static String newSecret() {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
  }

  /** The SHA-256 of the text's UTF-8 bytes, in lower-case hex. */
  public static String hash(String secret) {
    return HexFormat.of().formatHex(sha256(secret.getBytes(StandardCharsets.UTF_8)));
  }

  /** Whether {@code secret} hashes to {@code expectedHash}, compared in constant time. */
  public static boolean matches(String secret, String expectedHash) {
    return MessageDigest.isEqual(
        hash(secret).getBytes(StandardCharsets.US_ASCII),
        expectedHash.getBytes(StandardCharsets.US_ASCII));
  }

  /** HMAC-SHA256 of {@code value} under {@code key}, in lower-case hex. */
  public static String keyedHash(byte[] key, String value) {
    byte[] block = key.length > BLOCK ? sha256(key) : key;
    block = Arrays.copyOf(block, BLOCK);
    byte[] inner = new byte[BLOCK];
    byte[] outer = new byte[BLOCK];
    for (int i = 0; i < BLOCK; i++) {
      inner[i] = (byte) (block[i] ^ 0x36);
      outer[i] = (byte) (block[i] ^ 0x5c);
    }
    byte[] message = value.getBytes(StandardCharsets.UTF_8);
    byte[] innerHash = sha256(concat(inner, message));
    return HexFormat.of().formatHex(sha256(concat(outer, innerHash)));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
