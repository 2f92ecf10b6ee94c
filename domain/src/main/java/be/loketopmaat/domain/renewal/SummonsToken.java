package be.loketopmaat.domain.renewal;

import be.loketopmaat.domain.appointment.ManagementCode;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The secret of a summons' confirm and release links: 192 random bits, URL-safe. Only its SHA-256
 * hash is kept, so that a copy of the database confirms or releases nothing.
 */
public final class SummonsToken {
  private static final RandomGenerator RANDOM = new SecureRandom();
  private static final int BYTES = 24;
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{32}");

  private SummonsToken() {}

  public static String generate() {
    byte[] bytes = new byte[BYTES];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) RANDOM.nextInt(256);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public static String hash(String token) {
    return ManagementCode.hash(token);
  }

  /** Whether it has the shape of a token at all (anything else is not looked up). */
  public static boolean wellFormed(String token) {
    return token != null && SHAPE.matcher(token).matches();
  }
}
