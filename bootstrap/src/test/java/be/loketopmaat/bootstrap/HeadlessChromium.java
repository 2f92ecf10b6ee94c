package be.loketopmaat.bootstrap;

import be.loketopmaat.adapters.kiosk.city.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium, headless, driven over its DevTools protocol with the JDK's WebSocket client
 * (no Selenium or driver resolves offline here): navigate, evaluate, click with real mouse events
 * at an element's centre, screenshots, the accessibility tree. A fresh profile per instance,
 * deleted on close. Without a Chromium on this machine the calling test is skipped, loudly.
 */
final class HeadlessChromium implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
  private static final Duration WAIT = Duration.ofSeconds(30);

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<Map<String, Object>>> pending =
      new ConcurrentHashMap<>();

  private HeadlessChromium(Process process, Path profile, URI page) {
    this.process = process;
    this.profile = profile;
    this.socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .buildAsync(page, new Listener())
            .orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS)
            .join();
  }

  /** The Chromium binary: {@code LOKET_CHROMIUM}, or {@code chromium} on the PATH. */
  static Optional<Path> binary() {
    String configured = System.getenv("LOKET_CHROMIUM");
    if (configured != null && !configured.isBlank()) {
      return Optional.of(Path.of(configured)).filter(Files::isExecutable);
    }
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin:/bin");
    return Pattern.compile(":")
        .splitAsStream(path)
        .flatMap(dir -> Stream.of("chromium", "chromium-browser").map(n -> Path.of(dir, n)))
        .filter(Files::isExecutable)
        .findFirst();
  }

  /** Starts Chromium on a blank page, or skips the test when there is none. */
  static HeadlessChromium start(int width, int height) throws IOException {
    Optional<Path> binary = binary();
    if (binary.isEmpty()) {
      System.err.println(
          "\n*** SKIPPED: no Chromium here (Debian: apt-get install chromium; scripts/test.sh does it"
              + " as root). The kiosk screen's browser test did not run. ***\n");
    }
    Assumptions.assumeTrue(
        binary.isPresent(), "no Chromium on this machine (apt-get install chromium)");
    Path profile = Files.createTempDirectory("kiosk-chromium");
    Process process =
        new ProcessBuilder(
                binary.get().toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-extensions",
                "--disable-sync",
                "--no-first-run",
                "--no-default-browser-check",
                "--hide-scrollbars",
                "--force-device-scale-factor=1",
                "--window-size=" + width + "," + height,
                "--remote-debugging-port=0",
                "--user-data-dir=" + profile,
                "about:blank")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      URI browser = listening(process);
      return new HeadlessChromium(process, profile, page(browser));
    } catch (IOException | RuntimeException e) {
      process.destroyForcibly();
      deleteProfile(profile);
      throw e;
    }
  }

  /** Reads Chromium's stderr up to its DevTools address, then drains the rest in the background. */
  private static URI listening(Process process) throws IOException {
    BufferedReader err =
        new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line = err.readLine(); line != null; line = err.readLine()) {
      Matcher matcher = LISTENING.matcher(line);
      if (matcher.find()) {
        Thread drain =
            new Thread(
                () -> {
                  try {
                    while (err.readLine() != null) {
                      // Chromium's complaints (no D-Bus...) are not the test's business
                    }
                  } catch (IOException ended) {
                    // Chromium closed
                  }
                },
                "chromium-stderr");
        drain.setDaemon(true);
        drain.start();
        return URI.create(matcher.group(1));
      }
      seen.append(line).append('\n');
    }
    throw new IOException("Chromium ended without a DevTools address:\n" + seen);
  }

  /** The first page target's WebSocket, from the browser's {@code /json/list}. */
  @SuppressWarnings("unchecked")
  private static URI page(URI browser) throws IOException {
    URI list = URI.create("http://" + browser.getAuthority() + "/json/list");
    try {
      HttpResponse<String> answer =
          HttpClient.newHttpClient()
              .send(HttpRequest.newBuilder(list).build(), HttpResponse.BodyHandlers.ofString());
      for (Object target : (List<Object>) Json.parse(answer.body())) {
        Map<String, Object> page = (Map<String, Object>) target;
        if ("page".equals(page.get("type"))) {
          return URI.create((String) page.get("webSocketDebuggerUrl"));
        }
      }
      throw new IOException("no page target in " + answer.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  /** Sends a DevTools command ({@code params} a JSON object) and waits for its result. */
  Map<String, Object> send(String method, String params) {
    int id = ids.incrementAndGet();
    CompletableFuture<Map<String, Object>> answer = new CompletableFuture<>();
    pending.put(id, answer);
    String message =
        "{\"id\": " + id + ", \"method\": " + Json.quote(method) + ", \"params\": " + params + "}";
    socket.sendText(message, true).join();
    try {
      return answer.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(method + " got no answer", e);
    } finally {
      pending.remove(id);
    }
  }

  void navigate(URI url) {
    send("Page.enable", "{}");
    send("Page.navigate", "{\"url\": " + Json.quote(url.toString()) + "}");
    waitUntil("document.readyState === 'complete'");
  }

  /** The value of a JavaScript expression (promises awaited), as JSON gives it back. */
  @SuppressWarnings("unchecked")
  Object evaluate(String expression) {
    Map<String, Object> result =
        send(
            "Runtime.evaluate",
            "{\"expression\": "
                + Json.quote(expression)
                + ", \"returnByValue\": true, \"awaitPromise\": true}");
    if (result.containsKey("exceptionDetails")) {
      throw new IllegalStateException("the page threw: " + result.get("exceptionDetails"));
    }
    return ((Map<String, Object>) result.get("result")).get("value");
  }

  String text(String expression) {
    Object value = evaluate(expression);
    return value == null ? null : value.toString();
  }

  /** Waits (at most 30 s) until the expression is true; fails with the page's text otherwise. */
  void waitUntil(String condition) {
    Instant deadline = Instant.now().plus(WAIT);
    while (!Boolean.TRUE.equals(evaluate("Boolean(" + condition + ")"))) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "the page never got to "
                + condition
                + "; it shows: "
                + text("document.body.innerText"));
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  /** Taps the element a CSS selector names, with the mouse at its centre as a finger would. */
  @SuppressWarnings("unchecked")
  void tap(String selector) {
    waitUntil("document.querySelector(" + Json.quote(selector) + ")");
    Map<String, Object> box =
        (Map<String, Object>)
            evaluate(
                "(() => { const e = document.querySelector("
                    + Json.quote(selector)
                    + "); e.scrollIntoView({block: 'center'}); const r ="
                    + " e.getBoundingClientRect(); return {x: r.x + r.width / 2, y: r.y +"
                    + " r.height / 2}; })()");
    String at = "\"x\": " + box.get("x") + ", \"y\": " + box.get("y");
    send("Input.dispatchMouseEvent", "{\"type\": \"mouseMoved\", " + at + "}");
    send(
        "Input.dispatchMouseEvent",
        "{\"type\": \"mousePressed\", \"button\": \"left\", \"clickCount\": 1, " + at + "}");
    send(
        "Input.dispatchMouseEvent",
        "{\"type\": \"mouseReleased\", \"button\": \"left\", \"clickCount\": 1, " + at + "}");
  }

  /** A PNG of the page as it is now, written to {@code file}. */
  byte[] screenshot(Path file) throws IOException {
    byte[] png =
        Base64.getDecoder()
            .decode((String) send("Page.captureScreenshot", "{\"format\": \"png\"}").get("data"));
    Files.createDirectories(file.getParent());
    Files.write(file, png);
    return png;
  }

  /** The nodes of the page's accessibility tree: role, name, and whether it is ignored. */
  @SuppressWarnings("unchecked")
  List<AxNode> accessibilityTree() {
    send("Accessibility.enable", "{}");
    List<AxNode> nodes = new ArrayList<>();
    for (Object node : (List<Object>) send("Accessibility.getFullAXTree", "{}").get("nodes")) {
      Map<String, Object> ax = (Map<String, Object>) node;
      nodes.add(
          new AxNode(
              value(ax.get("role")),
              value(ax.get("name")),
              Boolean.TRUE.equals(ax.get("ignored"))));
    }
    return nodes;
  }

  @SuppressWarnings("unchecked")
  private static String value(Object property) {
    if (!(property instanceof Map)) {
      return "";
    }
    Object value = ((Map<String, Object>) property).get("value");
    return value == null ? "" : value.toString().strip();
  }

  /** One node of the accessibility tree. */
  record AxNode(String role, String name, boolean ignored) {}

  @Override
  public void close() {
    try {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // Chromium goes away below anyway
    }
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    deleteProfile(profile);
  }

  private static void deleteProfile(Path profile) {
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a temporary directory left behind
    }
  }

  /** Collects text frames into messages and completes the command each answers. */
  private final class Listener implements WebSocket.Listener {
    private final StringBuilder message = new StringBuilder();

    @Override
    @SuppressWarnings("unchecked")
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      message.append(data);
      if (last) {
        Map<String, Object> received = Json.object(message.toString());
        message.setLength(0);
        Object id = received.get("id");
        if (id instanceof Number number) {
          CompletableFuture<Map<String, Object>> answer = pending.get(number.intValue());
          if (answer != null) {
            if (received.containsKey("error")) {
              answer.completeExceptionally(
                  new IllegalStateException("DevTools: " + received.get("error")));
            } else {
              answer.complete((Map<String, Object>) received.get("result"));
            }
          }
        }
      }
      webSocket.request(1);
      return null;
    }
  }
}
