package be.loketopmaat.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The service in a JVM of its own, started from the test's class path ({@link LoketOpMaat#main})
 * with the given configuration as system properties, so that a test can kill it as an operating
 * system would: {@link #kill()} is SIGKILL, with no shutdown hook and no connection closed. Its
 * output goes to {@code target/service-processes/<name>.log}.
 */
final class ServiceProcess implements AutoCloseable {
  private static final Duration STARTUP = Duration.ofSeconds(90);

  private final Process process;
  private final URI uri;
  private final Path log;

  private ServiceProcess(Process process, URI uri, Path log) {
    this.process = process;
    this.uri = uri;
    this.log = log;
  }

  /** Starts the service and waits until its health says UP; fails if it does not come up. */
  static ServiceProcess start(Map<String, String> configuration, String name) {
    int port = freePort();
    Map<String, String> properties = new TreeMap<>(configuration);
    properties.put("micronaut.server.port", Integer.toString(port));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(LoketOpMaat.class.getName());
    try {
      Path logs = Files.createDirectories(Path.of("target", "service-processes"));
      Path log = logs.resolve(name + ".log");
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      // Should the test's JVM end first, the service ends with it.
      Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
      ServiceProcess service =
          new ServiceProcess(process, URI.create("http://127.0.0.1:" + port), log);
      service.awaitUp();
      return service;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  URI uri() {
    return uri;
  }

  /** SIGKILL, and waits until the process is gone. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the killed service process is still running");
    }
  }

  /** Kills the process if it still runs: a failed test leaves no service behind. */
  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }

  private void awaitUp() {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    Instant deadline = Instant.now().plus(STARTUP);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the service process ended at startup: see " + log);
      }
      try {
        HttpResponse<String> health =
            client.send(
                HttpRequest.newBuilder(uri.resolve("/health"))
                    .timeout(Duration.ofSeconds(2))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // Not listening yet.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    process.destroyForcibly();
    throw new IllegalStateException(
        "the service process was not up within " + STARTUP + ": " + log);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
