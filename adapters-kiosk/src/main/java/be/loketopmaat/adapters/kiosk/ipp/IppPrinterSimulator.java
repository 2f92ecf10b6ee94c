package be.loketopmaat.adapters.kiosk.ipp;

import static be.loketopmaat.adapters.kiosk.ipp.IppMessage.CHARSET;
import static be.loketopmaat.adapters.kiosk.ipp.IppMessage.ENUM;
import static be.loketopmaat.adapters.kiosk.ipp.IppMessage.INTEGER;
import static be.loketopmaat.adapters.kiosk.ipp.IppMessage.JOB_ATTRIBUTES;
import static be.loketopmaat.adapters.kiosk.ipp.IppMessage.KEYWORD;
import static be.loketopmaat.adapters.kiosk.ipp.IppMessage.MIME_MEDIA_TYPE;
import static be.loketopmaat.adapters.kiosk.ipp.IppMessage.NAME;
import static be.loketopmaat.adapters.kiosk.ipp.IppMessage.NATURAL_LANGUAGE;
import static be.loketopmaat.adapters.kiosk.ipp.IppMessage.OPERATION_ATTRIBUTES;
import static be.loketopmaat.adapters.kiosk.ipp.IppMessage.PRINTER_ATTRIBUTES;
import static be.loketopmaat.adapters.kiosk.ipp.IppMessage.TEXT;
import static be.loketopmaat.adapters.kiosk.ipp.IppMessage.URI;

import be.loketopmaat.adapters.kiosk.ipp.IppMessage.Attribute;
import be.loketopmaat.adapters.kiosk.ipp.IppMessage.Value;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * An A4 printer that speaks IPP/1.1 over HTTP on loopback (JDK {@code HttpServer}): it parses each
 * request, checks the operation attributes as RFC 8011 orders them, prints a PDF one sheet per page
 * and keeps it. It runs out of paper (the job stops at the first page it has no sheet for, with
 * {@code media-empty-error}), jams ({@code media-jam-error}), stops accepting jobs, or goes offline
 * (its port closes).
 */
public final class IppPrinterSimulator implements AutoCloseable {
  /** Largest document accepted, as a real printer's spool would limit it. */
  public static final int MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

  private static final int LOW_PAPER = 20;

  private final int requestedPort;
  private HttpServer server;
  private ExecutorService executor;
  private int port;

  private int sheets;
  private boolean jammed;
  private boolean jamOnNextJob;
  private boolean acceptingJobs = true;
  private int nextJobId = 1;
  private final Map<Integer, Job> jobs = new ConcurrentHashMap<>();
  private final List<PrintedDocument> printed = new CopyOnWriteArrayList<>();

  private IppPrinterSimulator(int port, int sheets) {
    this.requestedPort = port;
    this.sheets = sheets;
  }

  /** Starts a printer on 127.0.0.1 ({@code port} 0: any free port) with {@code sheets} of paper. */
  public static IppPrinterSimulator start(int port, int sheets) {
    IppPrinterSimulator simulator = new IppPrinterSimulator(port, sheets);
    simulator.open(port);
    return simulator;
  }

  private void open(int onPort) {
    try {
      server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 16);
    } catch (IOException e) {
      throw new IllegalStateException("cannot listen on port " + onPort, e);
    }
    executor = Executors.newFixedThreadPool(2);
    server.setExecutor(executor);
    server.createContext("/ipp/print", this::handle);
    server.start();
    port = server.getAddress().getPort();
  }

  /** The printer's URI, {@code ipp://127.0.0.1:port/ipp/print}. */
  public java.net.URI uri() {
    return java.net.URI.create("ipp://127.0.0.1:" + port + "/ipp/print");
  }

  /** The documents printed to the end, in order. */
  public List<PrintedDocument> printed() {
    return List.copyOf(printed);
  }

  public synchronized int sheetsLeft() {
    return sheets;
  }

  /** Loads paper and clears a paper-out stop. */
  public synchronized void loadPaper(int moreSheets) {
    sheets += moreSheets;
  }

  /** Jams now. */
  public synchronized void jam() {
    jammed = true;
  }

  /** Jams at the first sheet of the next job. */
  public synchronized void jamOnNextJob() {
    jamOnNextJob = true;
  }

  public synchronized void clearJam() {
    jammed = false;
  }

  /** Answers server-error-not-accepting-jobs to Print-Job, printer-is-accepting-jobs false. */
  public synchronized void acceptJobs(boolean accept) {
    acceptingJobs = accept;
  }

  /** Closes the port: connections are refused until {@link #comeBack()}. */
  public synchronized void goOffline() {
    server.stop(0);
    executor.shutdownNow();
  }

  /** Opens the same port again. */
  public synchronized void comeBack() {
    open(port);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        exchange.getResponseHeaders().add("Allow", "POST");
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      String type = exchange.getRequestHeaders().getFirst("Content-Type");
      if (type == null || !type.startsWith("application/ipp")) {
        exchange.sendResponseHeaders(415, -1);
        return;
      }
      byte[] body = readAtMost(exchange.getRequestBody(), MAX_DOCUMENT_BYTES + 65536);
      IppMessage answer;
      if (body == null) {
        answer =
            error(0, IppStatus.CLIENT_ERROR_REQUEST_ENTITY_TOO_LARGE, "the request is too large");
      } else {
        IppMessage request;
        try {
          request = IppCodec.decode(body);
          answer = answer(request);
        } catch (IppCodec.IppFormatException e) {
          answer =
              error(0, IppStatus.CLIENT_ERROR_BAD_REQUEST, "not an IPP message: " + e.getMessage());
        }
      }
      byte[] bytes = IppCodec.encode(answer);
      exchange.getResponseHeaders().add("Content-Type", "application/ipp");
      exchange.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private static byte[] readAtMost(InputStream in, int limit) throws IOException {
    byte[] bytes = in.readNBytes(limit + 1);
    return bytes.length > limit ? null : bytes;
  }

  private synchronized IppMessage answer(IppMessage request) {
    int id = request.requestId();
    if (request.major() != 1 && request.major() != 2) {
      return error(id, IppStatus.SERVER_ERROR_VERSION_NOT_SUPPORTED, "IPP/1.1 or 2.x only");
    }
    Optional<String> invalid = checkOperationAttributes(request);
    if (invalid.isPresent()) {
      return error(id, IppStatus.CLIENT_ERROR_BAD_REQUEST, invalid.get());
    }
    switch (request.code()) {
      case IppMessage.GET_PRINTER_ATTRIBUTES:
        return printerAttributes(id);
      case IppMessage.PRINT_JOB:
        return printJob(request);
      case IppMessage.GET_JOB_ATTRIBUTES:
        return jobAttributes(request);
      default:
        return error(
            id,
            IppStatus.SERVER_ERROR_OPERATION_NOT_SUPPORTED,
            String.format("operation 0x%04X is not supported", request.code()));
    }
  }

  /**
   * RFC 8011, 4.1.4: attributes-charset, then attributes-natural-language, then the target, first.
   */
  private Optional<String> checkOperationAttributes(IppMessage request) {
    if (request.groups().isEmpty() || request.groups().get(0).tag() != OPERATION_ATTRIBUTES) {
      return Optional.of("the operation attributes group must come first");
    }
    List<Attribute> attributes = request.groups().get(0).attributes();
    if (attributes.size() < 3
        || !attributes.get(0).name().equals("attributes-charset")
        || attributes.get(0).values().get(0).tag() != CHARSET
        || !attributes.get(1).name().equals("attributes-natural-language")
        || attributes.get(1).values().get(0).tag() != NATURAL_LANGUAGE
        || !attributes.get(2).name().equals("printer-uri")
        || attributes.get(2).values().get(0).tag() != URI) {
      return Optional.of(
          "attributes-charset, attributes-natural-language and printer-uri must come first");
    }
    String charset = attributes.get(0).values().get(0).asString();
    if (!charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("us-ascii")) {
      return Optional.of("charset " + charset + " is not supported");
    }
    return Optional.empty();
  }

  private IppMessage printJob(IppMessage request) {
    int id = request.requestId();
    if (!acceptingJobs) {
      return error(
          id, IppStatus.SERVER_ERROR_NOT_ACCEPTING_JOBS, "the printer is not accepting jobs");
    }
    String format =
        request
            .first(OPERATION_ATTRIBUTES, "document-format")
            .map(Value::asString)
            .orElse("application/octet-stream");
    if (!format.equals("application/pdf") && !format.equals("application/octet-stream")) {
      return error(
          id, IppStatus.CLIENT_ERROR_DOCUMENT_FORMAT_NOT_SUPPORTED, format + " is not supported");
    }
    byte[] pdf = request.data();
    int pages;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      pages = document.getNumberOfPages();
    } catch (IOException e) {
      return error(
          id, IppStatus.CLIENT_ERROR_DOCUMENT_FORMAT_ERROR, "the document is not a readable PDF");
    }
    String name =
        request.first(OPERATION_ATTRIBUTES, "job-name").map(Value::asString).orElse("untitled");
    int jobId = nextJobId++;
    Job job = print(jobId, name, pdf, pages);
    jobs.put(jobId, job);
    return new IppMessage.Builder(IppStatus.SUCCESSFUL_OK, id)
        .group(OPERATION_ATTRIBUTES)
        .add("attributes-charset", Value.string(CHARSET, "utf-8"))
        .add("attributes-natural-language", Value.string(NATURAL_LANGUAGE, "en"))
        .group(JOB_ATTRIBUTES)
        .add("job-id", Value.integer(INTEGER, jobId))
        .add("job-uri", Value.string(URI, uri() + "/jobs/" + jobId))
        .add("job-state", Value.integer(ENUM, IppStatus.JOB_PENDING))
        .add("job-state-reasons", Value.string(KEYWORD, "none"))
        .build();
  }

  /** Prints sheet by sheet; a jam or the last sheet stops the job where it is. */
  private Job print(int jobId, String name, byte[] pdf, int pages) {
    if (jamOnNextJob) {
      jamOnNextJob = false;
      jammed = true;
    }
    for (int page = 0; page < pages; page++) {
      if (jammed || sheets == 0) {
        return new Job(jobId, IppStatus.JOB_PROCESSING_STOPPED, "printer-stopped");
      }
      sheets--;
    }
    printed.add(new PrintedDocument(jobId, name, pdf, pages));
    return new Job(jobId, IppStatus.JOB_COMPLETED, "job-completed-successfully");
  }

  private IppMessage jobAttributes(IppMessage request) {
    Optional<Integer> jobId = request.first(OPERATION_ATTRIBUTES, "job-id").map(Value::asInt);
    Job job = jobId.map(jobs::get).orElse(null);
    if (job == null) {
      return error(request.requestId(), IppStatus.CLIENT_ERROR_NOT_FOUND, "no such job");
    }
    return new IppMessage.Builder(IppStatus.SUCCESSFUL_OK, request.requestId())
        .group(OPERATION_ATTRIBUTES)
        .add("attributes-charset", Value.string(CHARSET, "utf-8"))
        .add("attributes-natural-language", Value.string(NATURAL_LANGUAGE, "en"))
        .group(JOB_ATTRIBUTES)
        .add("job-id", Value.integer(INTEGER, job.id()))
        .add("job-state", Value.integer(ENUM, job.state()))
        .add("job-state-reasons", Value.string(KEYWORD, job.reason()))
        .build();
  }

  private IppMessage printerAttributes(int requestId) {
    List<Value> reasons = new ArrayList<>();
    if (jammed) {
      reasons.add(Value.string(KEYWORD, "media-jam-error"));
    }
    if (sheets == 0) {
      reasons.add(Value.string(KEYWORD, "media-empty-error"));
      reasons.add(Value.string(KEYWORD, "media-needed-error"));
    } else if (sheets < LOW_PAPER) {
      reasons.add(Value.string(KEYWORD, "media-low-report"));
    }
    if (reasons.isEmpty()) {
      reasons.add(Value.string(KEYWORD, "none"));
    }
    boolean stopped = jammed || sheets == 0;
    return new IppMessage.Builder(IppStatus.SUCCESSFUL_OK, requestId)
        .group(OPERATION_ATTRIBUTES)
        .add("attributes-charset", Value.string(CHARSET, "utf-8"))
        .add("attributes-natural-language", Value.string(NATURAL_LANGUAGE, "en"))
        .group(PRINTER_ATTRIBUTES)
        .add("printer-name", Value.string(NAME, "kiosk-a4"))
        .add(
            "printer-state",
            Value.integer(ENUM, stopped ? IppStatus.PRINTER_STOPPED : IppStatus.PRINTER_IDLE))
        .add("printer-state-reasons", reasons.toArray(Value[]::new))
        .add("printer-is-accepting-jobs", Value.bool(acceptingJobs))
        .add(
            "document-format-supported",
            Value.string(MIME_MEDIA_TYPE, "application/pdf"),
            Value.string(MIME_MEDIA_TYPE, "application/octet-stream"))
        .build();
  }

  private static IppMessage error(int requestId, int status, String message) {
    return new IppMessage.Builder(status, requestId)
        .group(OPERATION_ATTRIBUTES)
        .add("attributes-charset", Value.string(CHARSET, "utf-8"))
        .add("attributes-natural-language", Value.string(NATURAL_LANGUAGE, "en"))
        .add("status-message", Value.string(TEXT, message))
        .build();
  }

  private record Job(int id, int state, String reason) {}

  /** A document printed to its last page. */
  public record PrintedDocument(int jobId, String jobName, byte[] pdf, int pages) {
    public PrintedDocument {
      pdf = pdf.clone();
    }

    @Override
    public byte[] pdf() {
      return pdf.clone();
    }
  }
}
