package be.loketopmaat.application;

/** Something was to be created under a code that is already taken. */
public class AlreadyExistsException extends RuntimeException {
  private final String kind;
  private final String code;

  public AlreadyExistsException(String kind, String code) {
    super("There is already a " + kind + " '" + code + "'");
    this.kind = kind;
    this.code = code;
  }

  public String kind() {
    return kind;
  }

  public String code() {
    return code;
  }
}
