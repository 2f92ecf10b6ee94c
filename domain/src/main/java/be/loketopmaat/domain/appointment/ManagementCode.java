package be.loketopmaat.domain.appointment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.random.RandomGenerator;

/**
 * The secret that lets whoever holds it change or cancel an appointment; given once at booking.
 * Only its SHA-256 hash is kept, so a copy of the database does not let anyone cancel appointments.
 */
public final class ManagementCode {
  private static final RandomGenerator RANDOM = new SecureRandom();

  private ManagementCode() {}

  /** 120 random bits, URL-safe. */
  public static String generate() {
    byte[] bytes = new byte[15];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) RANDOM.nextInt(256);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public static String hash(String code) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(code.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** Compares in constant time, so that the answer time tells nothing about the code. */
  public static boolean matches(String code, String hash) {
    if (code == null || hash == null) {
      return false;
    }
    return MessageDigest.isEqual(
        hash(code).getBytes(StandardCharsets.US_ASCII), hash.getBytes(StandardCharsets.US_ASCII));
  }
}
