package be.loketopmaat.adapters.federal.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP side of a simulator: the JDK's own HTTP server on the loopback interface, with failures
 * injected before each exchange reaches the simulator's handler, and an outage that really closes
 * the port (so that a client sees its connection refused, as with a system that is down).
 */
final class SimulatorServer implements AutoCloseable {
  static final int MAX_REQUEST_BYTES = 16 * 1024 * 1024;
  private static final AtomicInteger THREADS = new AtomicInteger();

  static {
    // The JDK's server answers without TCP_NODELAY unless told: each answer then waits for the
    // client's delayed acknowledgement (about 40 ms), which no real system is known to add. Read
    // once, when the server's implementation is loaded; a value set by the caller wins.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final String name;
  private final HttpHandler handler;
  private final Faults faults = new Faults();
  private final AtomicInteger exchanges = new AtomicInteger();
  private final ExecutorService executor;
  private final int port;
  private HttpServer server;

  SimulatorServer(String name, int port, HttpHandler handler) {
    this.name = name;
    this.handler = handler;
    this.executor =
        Executors.newCachedThreadPool(
            runnable -> {
              Thread thread = new Thread(runnable, name + "-" + THREADS.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    this.server = bind(port);
    this.port = server.getAddress().getPort();
  }

  Faults faults() {
    return faults;
  }

  /** How many requests reached the server, faulted ones included. */
  int exchanges() {
    return exchanges.get();
  }

  int port() {
    return port;
  }

  URI baseUri() {
    return URI.create("http://127.0.0.1:" + port);
  }

  /** Closes the port: connections are refused until {@link #comeBack()}. */
  synchronized void goDown() {
    if (server != null) {
      faults.clear();
      server.stop(0);
      server = null;
    }
  }

  /** Opens the same port again. */
  synchronized void comeBack() {
    if (server == null) {
      server = bind(port);
    }
  }

  synchronized boolean isUp() {
    return server != null;
  }

  @Override
  public void close() {
    goDown();
    executor.shutdown();
  }

  private HttpServer bind(int wanted) {
    try {
      HttpServer created =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), wanted), 64);
      created.createContext("/", this::exchange);
      created.setExecutor(executor);
      created.start();
      return created;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "the " + name + " simulator cannot listen on port " + wanted, e);
    }
  }

  private void exchange(HttpExchange exchange) throws IOException {
    exchanges.incrementAndGet();
    try (exchange) {
      Faults.Fault fault = faults.take().orElse(null);
      if (fault instanceof Faults.Slow slow) {
        sleep(slow.delay().toMillis());
      } else if (fault instanceof Faults.Hang) {
        faults.awaitRelease();
        return;
      } else if (fault instanceof Faults.Drop) {
        // Closing an exchange before any response header closes its connection: no answer at all.
        return;
      } else if (fault instanceof Faults.ServerError error) {
        send(
            exchange,
            error.status(),
            "text/plain; charset=utf-8",
            (name + " simulator: injected server error").getBytes(StandardCharsets.UTF_8));
        return;
      }
      handler.handle(exchange);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      send(
          exchange,
          500,
          "text/plain; charset=utf-8",
          (name + " simulator failed: " + e).getBytes(StandardCharsets.UTF_8));
    }
  }

  private static void sleep(long millis) throws InterruptedException {
    Thread.sleep(millis);
  }

  static byte[] readBody(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      byte[] bytes = in.readNBytes(MAX_REQUEST_BYTES + 1);
      if (bytes.length > MAX_REQUEST_BYTES) {
        throw new IOException("request body over " + MAX_REQUEST_BYTES + " bytes");
      }
      return bytes;
    }
  }

  static void send(HttpExchange exchange, int status, String contentType, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
