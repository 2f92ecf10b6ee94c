package be.loketopmaat.adapters.kiosk.eid;

/**
 * A file read from the card does not follow the eID layout (truncated TLV, missing field, bad
 * date).
 */
public class MalformedEidFileException extends RuntimeException {
  public MalformedEidFileException(String message) {
    super(message);
  }

  public MalformedEidFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
