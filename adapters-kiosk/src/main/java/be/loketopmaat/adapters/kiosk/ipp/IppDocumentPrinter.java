package be.loketopmaat.adapters.kiosk.ipp;

import static be.loketopmaat.adapters.kiosk.ipp.IppMessage.CHARSET;
import static be.loketopmaat.adapters.kiosk.ipp.IppMessage.INTEGER;
import static be.loketopmaat.adapters.kiosk.ipp.IppMessage.JOB_ATTRIBUTES;
import static be.loketopmaat.adapters.kiosk.ipp.IppMessage.KEYWORD;
import static be.loketopmaat.adapters.kiosk.ipp.IppMessage.MIME_MEDIA_TYPE;
import static be.loketopmaat.adapters.kiosk.ipp.IppMessage.NAME;
import static be.loketopmaat.adapters.kiosk.ipp.IppMessage.NATURAL_LANGUAGE;
import static be.loketopmaat.adapters.kiosk.ipp.IppMessage.OPERATION_ATTRIBUTES;
import static be.loketopmaat.adapters.kiosk.ipp.IppMessage.PRINTER_ATTRIBUTES;
import static be.loketopmaat.adapters.kiosk.ipp.IppMessage.URI;

import be.loketopmaat.adapters.kiosk.hardware.DocumentPrinter;
import be.loketopmaat.adapters.kiosk.hardware.PrintOutcome;
import be.loketopmaat.adapters.kiosk.hardware.PrinterState;
import be.loketopmaat.adapters.kiosk.ipp.IppMessage.Value;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The A4 printer over IPP/1.1 (RFC 8011) on HTTP, with the JDK's {@link HttpClient}:
 * Get-Printer-Attributes first (an empty or jammed printer is not sent the citizen's document),
 * Print-Job with the PDF, then Get-Job-Attributes until the job is completed or stopped. {@code
 * printer-state-reasons} tell why: {@code media-empty}/{@code media-needed} is out of paper, {@code
 * media-jam} jammed.
 */
public final class IppDocumentPrinter implements DocumentPrinter {
  private static final String CONTENT_TYPE = "application/ipp";
  private final java.net.URI printerUri;
  private final java.net.URI httpUri;
  private final HttpClient http;
  private final Duration requestTimeout;
  private final Duration jobTimeout;
  private final AtomicInteger requestIds = new AtomicInteger();

  /**
   * @param printerUri the printer's {@code ipp://} (or {@code http://}) URI; ipp maps to http on
   *     the same port (631 when none is given), as RFC 8010 section 5 says
   * @param jobTimeout how long to wait for a job to complete before calling the printer offline
   */
  public IppDocumentPrinter(
      java.net.URI printerUri,
      Duration connectTimeout,
      Duration requestTimeout,
      Duration jobTimeout) {
    this.printerUri = printerUri;
    this.httpUri = toHttp(printerUri);
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(connectTimeout)
            .build();
    this.requestTimeout = requestTimeout;
    this.jobTimeout = jobTimeout;
  }

  static java.net.URI toHttp(java.net.URI uri) {
    String scheme = uri.getScheme();
    if ("http".equals(scheme)) {
      return uri;
    }
    if (!"ipp".equals(scheme)) {
      throw new IllegalArgumentException("an IPP printer URI is ipp:// or http://, not " + uri);
    }
    try {
      return new java.net.URI(
          "http",
          null,
          uri.getHost(),
          uri.getPort() == -1 ? 631 : uri.getPort(),
          uri.getPath(),
          uri.getQuery(),
          null);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }

  @Override
  public PrinterState state() {
    try {
      return stateOf(printerAttributes());
    } catch (Unreachable e) {
      return PrinterState.OFFLINE;
    }
  }

  @Override
  public PrintOutcome print(Document document) {
    try {
      PrinterState before = stateOf(printerAttributes());
      Optional<PrintOutcome> refused =
          PrintOutcome.refusalFor(before, "the printer is offline or not accepting jobs");
      if (refused.isPresent()) {
        return refused.get();
      }
      IppMessage answer =
          send(
              operation(IppMessage.PRINT_JOB)
                  .add("requesting-user-name", Value.string(NAME, "kiosk"))
                  .add("job-name", Value.string(NAME, document.jobName()))
                  .add("document-format", Value.string(MIME_MEDIA_TYPE, "application/pdf"))
                  .data(document.pdf())
                  .build());
      int status = answer.code();
      if (IppStatus.clientError(status)) {
        return new PrintOutcome.Rejected(statusMessage(answer));
      }
      if (!IppStatus.successful(status)) {
        return new PrintOutcome.Offline(statusMessage(answer));
      }
      int jobId =
          answer
              .first(JOB_ATTRIBUTES, "job-id")
              .map(Value::asInt)
              .orElseThrow(() -> new Unreachable("Print-Job answered no job-id"));
      return followJob(jobId);
    } catch (Unreachable e) {
      return new PrintOutcome.Offline(e.getMessage());
    }
  }

  private PrintOutcome followJob(int jobId) {
    Instant deadline = Instant.now().plus(jobTimeout);
    while (true) {
      IppMessage job =
          send(
              operation(IppMessage.GET_JOB_ATTRIBUTES)
                  .add("job-id", Value.integer(INTEGER, jobId))
                  .add(
                      "requested-attributes",
                      Value.string(KEYWORD, "job-state"),
                      Value.string(KEYWORD, "job-state-reasons"))
                  .build());
      if (!IppStatus.successful(job.code())) {
        return new PrintOutcome.Offline("Get-Job-Attributes: " + statusMessage(job));
      }
      int state =
          job.first(JOB_ATTRIBUTES, "job-state").map(Value::asInt).orElse(IppStatus.JOB_PENDING);
      if (state == IppStatus.JOB_COMPLETED) {
        return new PrintOutcome.Printed(Integer.toString(jobId));
      }
      if (state >= IppStatus.JOB_PROCESSING_STOPPED) {
        return PrintOutcome.refusalFor(
                stateOf(printerAttributes()),
                "job "
                    + jobId
                    + " ended in state "
                    + state
                    + " "
                    + job.strings(JOB_ATTRIBUTES, "job-state-reasons"))
            .orElse(new PrintOutcome.Offline("job " + jobId + " ended in state " + state));
      }
      if (Instant.now().isAfter(deadline)) {
        return new PrintOutcome.Offline("job " + jobId + " did not complete within " + jobTimeout);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new PrintOutcome.Offline("interrupted while waiting for job " + jobId);
      }
    }
  }

  private IppMessage printerAttributes() {
    IppMessage answer =
        send(
            operation(IppMessage.GET_PRINTER_ATTRIBUTES)
                .add(
                    "requested-attributes",
                    Value.string(KEYWORD, "printer-state"),
                    Value.string(KEYWORD, "printer-state-reasons"),
                    Value.string(KEYWORD, "printer-is-accepting-jobs"))
                .build());
    if (!IppStatus.successful(answer.code())) {
      throw new Unreachable("Get-Printer-Attributes: " + statusMessage(answer));
    }
    return answer;
  }

  /** The state from printer-state, printer-state-reasons and printer-is-accepting-jobs. */
  static PrinterState stateOf(IppMessage attributes) {
    List<String> reasons = attributes.strings(PRINTER_ATTRIBUTES, "printer-state-reasons");
    if (reasons.stream().anyMatch(r -> r.startsWith("media-jam"))) {
      return PrinterState.JAMMED;
    }
    if (reasons.stream()
        .anyMatch(r -> r.startsWith("media-empty") || r.startsWith("media-needed"))) {
      return PrinterState.OUT_OF_PAPER;
    }
    boolean accepting =
        attributes
            .first(PRINTER_ATTRIBUTES, "printer-is-accepting-jobs")
            .map(v -> v.asInt() != 0)
            .orElse(true);
    int state =
        attributes
            .first(PRINTER_ATTRIBUTES, "printer-state")
            .map(Value::asInt)
            .orElse(IppStatus.PRINTER_IDLE);
    if (!accepting
        || state == IppStatus.PRINTER_STOPPED
        || reasons.stream().anyMatch(r -> r.startsWith("offline") || r.startsWith("shutdown"))) {
      return PrinterState.OFFLINE;
    }
    if (reasons.stream().anyMatch(r -> r.startsWith("media-low"))) {
      return PrinterState.PAPER_LOW;
    }
    return PrinterState.READY;
  }

  private IppMessage.Builder operation(int operation) {
    return new IppMessage.Builder(operation, requestIds.incrementAndGet())
        .group(OPERATION_ATTRIBUTES)
        .add("attributes-charset", Value.string(CHARSET, "utf-8"))
        .add("attributes-natural-language", Value.string(NATURAL_LANGUAGE, "en"))
        .add("printer-uri", Value.string(URI, printerUri.toString()));
  }

  private IppMessage send(IppMessage request) {
    HttpRequest post =
        HttpRequest.newBuilder(httpUri)
            .timeout(requestTimeout)
            .header("Content-Type", CONTENT_TYPE)
            .POST(HttpRequest.BodyPublishers.ofByteArray(IppCodec.encode(request)))
            .build();
    HttpResponse<byte[]> response;
    try {
      response = http.send(post, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new Unreachable("the printer at " + httpUri + " cannot be reached: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unreachable("interrupted");
    }
    if (response.statusCode() != 200
        || !response.headers().firstValue("Content-Type").orElse("").startsWith(CONTENT_TYPE)) {
      throw new Unreachable("the printer answered HTTP " + response.statusCode());
    }
    try {
      IppMessage answer = IppCodec.decode(response.body());
      if (answer.requestId() != request.requestId()) {
        throw new Unreachable(
            "the printer answered request " + answer.requestId() + " to " + request.requestId());
      }
      return answer;
    } catch (IppCodec.IppFormatException e) {
      throw new Unreachable("the printer's answer is not IPP: " + e.getMessage());
    }
  }

  private static String statusMessage(IppMessage answer) {
    return String.format("status 0x%04X", answer.code())
        + answer
            .first(OPERATION_ATTRIBUTES, "status-message")
            .map(v -> " " + v.asString())
            .orElse("");
  }

  /** The printer cannot be reached or does not speak IPP: the job is answered as offline. */
  private static final class Unreachable extends RuntimeException {
    Unreachable(String message) {
      super(message, null, false, false);
    }
  }
}
