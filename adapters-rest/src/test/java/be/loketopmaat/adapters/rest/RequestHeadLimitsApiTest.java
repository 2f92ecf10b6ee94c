package be.loketopmaat.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import be.loketopmaat.application.port.in.CityProfileUseCase;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A request whose line or header fields are beyond the server's limits (Micronaut's defaults here:
 * 4096 bytes of request line, 8192 of header fields) is answered 414 or 431 as problem+json with a
 * request id and {@code no-store}, over real HTTP: raw sockets, so that the test sends exactly the
 * bytes it means and sees the connection closed after the answer.
 */
@MicronautTest
class RequestHeadLimitsApiTest {
  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject CityProfileUseCase city;

  @MockBean(CityProfileUseCase.class)
  CityProfileUseCase city() {
    return mock(CityProfileUseCase.class);
  }

  @BeforeEach
  void setUp() {
    when(city.cityProfile()).thenReturn(TestData.antwerp());
  }

  @Test
  void aNineKilobyteUrlIsUriTooLong() throws IOException {
    String path = "/api/v1/products?text=" + "a".repeat(9 * 1024);

    try (Socket socket = connect()) {
      send(socket, "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: */*\r\n\r\n");
      Answer answer = read(socket);

      assertThat(answer.status()).isEqualTo(414);
      assertThat(answer.header("content-type")).startsWith(Api.PROBLEM_JSON);
      assertThat(answer.header("cache-control")).isEqualTo("no-store");
      assertThat(answer.header("x-request-id")).matches("[0-9a-f-]{36}");
      assertThat(answer.header("x-content-type-options")).isEqualTo("nosniff");
      assertThat(answer.header("content-language")).isEqualTo("en");
      assertThat(answer.header("connection")).isEqualToIgnoringCase("close");
      Map<?, ?> problem = json.readValue(answer.body(), Map.class);
      assertThat(problem.get("type")).isEqualTo("/problems/uri-too-long");
      assertThat(problem.get("title")).isEqualTo("URI too long");
      assertThat(problem.get("status")).isEqualTo(414);
      assertThat((String) problem.get("detail")).contains("4096 bytes");
      assertThat(problem.get("requestId")).isEqualTo(answer.header("x-request-id"));
      assertThat(answer.body()).doesNotContain("aaaa");
      assertThat(answer.closed()).as("the connection is closed after the answer").isTrue();
    }
  }

  @Test
  void tenKilobytesOfHeaderAreHeaderFieldsTooLargeInTheAskersLanguage() throws IOException {
    try (Socket socket = connect()) {
      send(
          socket,
          "GET /api/v1/city HTTP/1.1\r\nHost: localhost\r\nAccept-Language: nl-BE\r\n"
              + "X-Request-Id: gw-431-check\r\nAccept: */*\r\nCookie: "
              + "b".repeat(10 * 1024)
              + "\r\n\r\n");
      Answer answer = read(socket);

      assertThat(answer.status()).isEqualTo(431);
      assertThat(answer.header("content-type")).startsWith(Api.PROBLEM_JSON);
      assertThat(answer.header("cache-control")).isEqualTo("no-store");
      assertThat(answer.header("x-request-id")).isEqualTo("gw-431-check");
      assertThat(answer.header("content-language")).isEqualTo("nl");
      Map<?, ?> problem = json.readValue(answer.body(), Map.class);
      assertThat(problem.get("type")).isEqualTo("/problems/header-fields-too-large");
      assertThat(problem.get("status")).isEqualTo(431);
      assertThat(problem.get("title")).isEqualTo("Headers van de aanvraag te groot");
      assertThat((String) problem.get("detail")).contains("8192 bytes");
      assertThat(problem.get("instance")).isEqualTo("/api/v1/city");
      assertThat(problem.get("requestId")).isEqualTo("gw-431-check");
      assertThat(answer.closed()).isTrue();
    }
  }

  @Test
  void aNormalRequestIsAnsweredAndTheConnectionKeptForTheNext() throws IOException {
    try (Socket socket = connect()) {
      String request = "GET /api/v1/city HTTP/1.1\r\nHost: localhost\r\nX-Padding: ";
      send(socket, request + "c".repeat(4 * 1024) + "\r\n\r\n");
      Answer first = read(socket);
      send(socket, request + "d\r\n\r\n");
      Answer second = read(socket);

      assertThat(first.status()).isEqualTo(200);
      assertThat(first.header("content-type")).startsWith("application/json");
      assertThat(first.closed()).isFalse();
      assertThat(second.status()).as("the same connection serves the next request").isEqualTo(200);
    }
  }

  @Test
  void theServerServesOtherConnectionsAndClientsAfterRefusingOne() throws IOException {
    for (int i = 0; i < 3; i++) {
      try (Socket socket = connect()) {
        send(socket, "GET /" + "e".repeat(9 * 1024) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertThat(read(socket).status()).isEqualTo(414);
      }
    }
    Api api = new Api(server, json);
    Api.Response tooLong = api.get("/api/v1/city?q=" + "f".repeat(9 * 1024));
    Api.Response next = api.get("/api/v1/city");

    assertThat(tooLong.status()).isEqualTo(414);
    assertThat(tooLong.contentType()).isEqualTo(Api.PROBLEM_JSON);
    assertThat(next.status()).as("the client's next request, on a fresh connection").isEqualTo(200);
  }

  @Test
  void aClientStillSendingAHugeUrlGetsItsAnswerAndTheRestIsReadAndDropped() throws Exception {
    try (Socket socket = connect()) {
      CompletableFuture<Void> sending =
          CompletableFuture.runAsync(
              () -> {
                try {
                  OutputStream out = socket.getOutputStream();
                  out.write("GET /".getBytes(StandardCharsets.ISO_8859_1));
                  byte[] chunk = "g".repeat(64 * 1024).getBytes(StandardCharsets.ISO_8859_1);
                  for (int i = 0; i < 64; i++) { // 4 MB: more than the sockets' buffers hold
                    out.write(chunk);
                  }
                  out.flush();
                  socket.shutdownOutput();
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      Answer answer = read(socket);

      assertThat(answer.status()).isEqualTo(414);
      assertThat(answer.closed()).isTrue();
      assertThat(sending)
          .as("the server read the rest of the request instead of resetting the connection")
          .succeedsWithin(Duration.ofSeconds(5));
    }
  }

  @Test
  void aRequestTheServerCannotDecodeIsABadRequestProblem() throws IOException {
    try (Socket socket = connect()) {
      send(socket, "GET /api/v1/city HTTP/1.1\r\nHost: localhost\r\nBroken header\r\n\r\n");
      Answer answer = read(socket);

      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.header("content-type")).startsWith(Api.PROBLEM_JSON);
      assertThat(answer.header("cache-control")).isEqualTo("no-store");
      assertThat(answer.header("x-request-id")).isNotBlank();
      assertThat(json.readValue(answer.body(), Map.class).get("type"))
          .isEqualTo("/problems/bad-request");
    }
  }

  private Socket connect() throws IOException {
    Socket socket = new Socket(server.getHost(), server.getPort());
    socket.setSoTimeout(5_000);
    return socket;
  }

  private static void send(Socket socket, String request) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(request.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  /** One answer with a Content-Length body, and whether the server then closed the connection. */
  private static Answer read(Socket socket) throws IOException {
    InputStream in = socket.getInputStream();
    String head = readHead(in);
    String[] lines = head.split("\r\n", -1);
    int status = Integer.parseInt(lines[0].split(" ", 3)[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.put(
            lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).strip());
      }
    }
    int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
    byte[] body = in.readNBytes(length);
    boolean closed;
    if ("close".equalsIgnoreCase(headers.get("connection"))) {
      closed = in.read() == -1;
    } else {
      int timeout = socket.getSoTimeout();
      socket.setSoTimeout(300);
      try {
        closed = in.read() == -1;
      } catch (SocketTimeoutException stillOpen) {
        closed = false;
      } finally {
        socket.setSoTimeout(timeout);
      }
    }
    return new Answer(status, headers, new String(body, StandardCharsets.UTF_8), closed);
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < end.length) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("the connection closed before an answer: " + head);
      }
      head.write(b);
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    String text = head.toString(StandardCharsets.ISO_8859_1);
    return text.substring(0, text.length() - 4);
  }

  private record Answer(int status, Map<String, String> headers, String body, boolean closed) {
    String header(String name) {
      return headers.get(name);
    }
  }
}
