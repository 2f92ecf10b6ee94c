package be.loketopmaat.application;

/** A use case was asked about something the city does not know, by its code. */
public class NotFoundException extends RuntimeException {
  private final String kind;
  private final String code;

  public NotFoundException(String kind, String code) {
    super("No " + kind + " with code '" + code + "'");
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
