package be.loketopmaat.adapters.rest.attest;

import be.loketopmaat.application.NotFoundException;
import java.util.UUID;
import java.util.regex.Pattern;

/** An attest request's id in a path: anything but a UUID names no request. */
final class AttestIds {
  static final String KIND = "attest request";
  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private AttestIds() {}

  static UUID of(String id) {
    if (id == null || !UUID_TEXT.matcher(id).matches()) {
      throw new NotFoundException(KIND, String.valueOf(id));
    }
    return UUID.fromString(id);
  }
}
