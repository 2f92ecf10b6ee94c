package be.loketopmaat.application.port.out;

/**
 * The database refused to let two appointments, holds or blocks overlap on one desk. Only an
 * adapter with a constraint of its own throws it; the desk-day lock normally keeps the overlap from
 * being tried.
 */
public class DeskTimeTakenException extends RuntimeException {
  public DeskTimeTakenException(String message, Throwable cause) {
    super(message, cause);
  }
}
