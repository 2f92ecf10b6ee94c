package be.loketopmaat.adapters.kiosk.eid;

/** The card answered a status word other than the one the command needs. */
public class StatusWordException extends Exception {
  private final int statusWord;

  public StatusWordException(String command, int statusWord) {
    super(command + " answered " + String.format("%04X", statusWord));
    this.statusWord = statusWord;
  }

  public int statusWord() {
    return statusWord;
  }
}
