package be.loketopmaat.adapters.kiosk.ipp;

/** IPP status codes used here (RFC 8011, section 4.1.6; 0x0411 from RFC 3995's extensions). */
public final class IppStatus {
  public static final int SUCCESSFUL_OK = 0x0000;
  public static final int CLIENT_ERROR_BAD_REQUEST = 0x0400;
  public static final int CLIENT_ERROR_NOT_FOUND = 0x0406;
  public static final int CLIENT_ERROR_REQUEST_ENTITY_TOO_LARGE = 0x0408;
  public static final int CLIENT_ERROR_DOCUMENT_FORMAT_NOT_SUPPORTED = 0x040A;
  public static final int CLIENT_ERROR_DOCUMENT_FORMAT_ERROR = 0x0411;
  public static final int SERVER_ERROR_INTERNAL_ERROR = 0x0500;
  public static final int SERVER_ERROR_OPERATION_NOT_SUPPORTED = 0x0501;
  public static final int SERVER_ERROR_SERVICE_UNAVAILABLE = 0x0502;
  public static final int SERVER_ERROR_VERSION_NOT_SUPPORTED = 0x0503;
  public static final int SERVER_ERROR_NOT_ACCEPTING_JOBS = 0x0506;

  /** printer-state values. */
  public static final int PRINTER_IDLE = 3;

  public static final int PRINTER_PROCESSING = 4;
  public static final int PRINTER_STOPPED = 5;

  /** job-state values. */
  public static final int JOB_PENDING = 3;

  public static final int JOB_PROCESSING = 5;
  public static final int JOB_PROCESSING_STOPPED = 6;
  public static final int JOB_CANCELED = 7;
  public static final int JOB_ABORTED = 8;
  public static final int JOB_COMPLETED = 9;

  private IppStatus() {}

  public static boolean successful(int status) {
    return status >= 0x0000 && status <= 0x00FF;
  }

  public static boolean clientError(int status) {
    return status >= 0x0400 && status <= 0x04FF;
  }
}
