package be.loketopmaat.benchmark;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** One instance of the service, started from its jar as an operator would, on a port of its own. */
final class ServiceProcess implements AutoCloseable {
  private final Process process;
  final URI base;

  private ServiceProcess(Process process, URI base) {
    this.process = process;
    this.base = base;
  }

  static ServiceProcess start(String jar, int port, Map<String, String> environment, File log)
      throws IOException, InterruptedException {
    java.util.List<String> command =
        new java.util.ArrayList<>(java.util.List.of("java", "-Xmx512m"));
    String extra = System.getenv("LOKET_BENCH_SERVICE_JAVA_OPTS");
    if (extra != null && !extra.isBlank()) {
      // For profiling an instance, e.g. -XX:StartFlightRecording=filename=/tmp/a.jfr
      command.addAll(
          java.util.Arrays.asList(
              extra.replace("{port}", String.valueOf(port)).trim().split("\\s+")));
    }
    command.addAll(java.util.List.of("-jar", jar));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log);
    builder.environment().putAll(environment);
    builder.environment().put("PORT", String.valueOf(port));
    ServiceProcess service =
        new ServiceProcess(builder.start(), URI.create("http://127.0.0.1:" + port));
    service.awaitHealthy(Duration.ofSeconds(90), log);
    return service;
  }

  private void awaitHealthy(Duration patience, File log) throws InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + patience.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the service stopped while starting; see " + log);
      }
      try {
        HttpResponse<String> health =
            client.send(
                HttpRequest.newBuilder(base.resolve("/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // Not listening yet.
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException(
        "the service did not become healthy in " + patience + "; see " + log);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
