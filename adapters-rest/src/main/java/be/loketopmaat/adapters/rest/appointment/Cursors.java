package be.loketopmaat.adapters.rest.appointment;

import be.loketopmaat.application.port.in.FindSlotsUseCase.Cursor;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.location.LocationCode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * The page cursor of the availability search as an opaque, URL-safe string. Clients must not build
 * or read it, so that its content can change; the version word lets a future format refuse old
 * cursors cleanly. It is not signed: all it could be forged into is a position in the search, which
 * a client can ask for directly with 'from'.
 */
final class Cursors {
  static final String PARAMETER = "after";
  private static final String VERSION = "v1";

  /** Far above any real cursor; refuses a huge value before decoding it. */
  private static final int MAX_LENGTH = 200;

  private Cursors() {}

  static String encode(Cursor cursor) {
    if (cursor == null) {
      return null;
    }
    String plain = VERSION + "\n" + cursor.start() + "\n" + cursor.location().value();
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * @throws InvalidInputException naming {@value #PARAMETER} for anything this API did not hand out
   */
  static Cursor decode(String token) {
    if (token == null) {
      return null;
    }
    try {
      if (token.length() > MAX_LENGTH) {
        throw garbled();
      }
      String plain =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(Base64.getUrlDecoder().decode(token)))
              .toString();
      String[] parts = plain.split("\n", -1);
      if (parts.length != 3 || !parts[0].equals(VERSION)) {
        throw garbled();
      }
      return new Cursor(LocalDateTime.parse(parts[1]), new LocationCode(parts[2]));
    } catch (IllegalArgumentException
        | CharacterCodingException
        | DateTimeParseException
        | InvalidInputException e) {
      // Whatever part is broken (base64, text, time, code), the client's remedy is the same.
      throw garbled();
    }
  }

  private static InvalidInputException garbled() {
    return new InvalidInputException(
        PARAMETER,
        "is not a cursor from this API; pass the 'next' of a previous page unchanged, or leave it out");
  }
}
