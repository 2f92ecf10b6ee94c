package be.loketopmaat.adapters.kiosk.city;

import be.loketopmaat.adapters.kiosk.attest.AttestPdf;
import be.loketopmaat.adapters.kiosk.attest.KioskLanguage;
import be.loketopmaat.adapters.kiosk.hardware.DocumentPrinter;
import be.loketopmaat.adapters.kiosk.hardware.EidSession;
import be.loketopmaat.adapters.kiosk.hardware.PrintOutcome;
import be.loketopmaat.adapters.kiosk.hardware.PrinterState;
import be.loketopmaat.adapters.kiosk.hardware.SignOutcome;
import be.loketopmaat.adapters.kiosk.hardware.VerifiedCard;
import be.loketopmaat.adapters.kiosk.session.KioskSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The kiosk's side of the city's kiosk API, over HTTP with the JDK's client: the documents of a
 * {@link KioskSession} come from the service. Once the PIN is right the card signs a fresh
 * challenge of the city's and the city opens the citizen's session; an attest comes from the
 * population register through the city, gets its QR code here ({@link AttestPdf#stamp}) and is
 * reported printed or not; the session ends at the city when it ends at the kiosk.
 *
 * <p>A choice is {@code attest:<MODEL>} (e.g. {@code attest:MAIN_RESIDENCE}) or {@code extract:<act
 * number>} (one of {@link #civilStatusActs()}). Not thread-safe: one kiosk loop drives it, as it
 * drives the session.
 */
public final class CityKioskClient implements KioskSession.Documents {
  private static final String ATTEST = "attest:";
  private static final String EXTRACT = "extract:";

  private final URI api;
  private final String key;
  private final HttpClient http;
  private final Duration timeout;
  private KioskLanguage language = KioskLanguage.NL;
  private String session;
  private String pendingAttest;

  /**
   * Where the pending document's print is reported: {@code attests} or {@code
   * civil-status-extracts}.
   */
  private String pendingKind = "attests";

  /**
   * @param service the city's base URL, e.g. {@code https://loket.antwerpen.be/}
   * @param key the kiosk's credential as registration gave it: {@code <kiosk id>.<secret>}
   */
  public CityKioskClient(URI service, String key, Duration timeout) {
    this.api = service.resolve("/api/v1/kiosk/");
    this.key = key;
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  /** The language the citizen chose on the screen, for the session and the attest. */
  public void language(KioskLanguage chosen) {
    this.language = chosen;
  }

  /** Whether a citizen's session is open at the city. */
  public boolean inSession() {
    return session != null;
  }

  @Override
  public boolean signIn(EidSession card, VerifiedCard citizen) {
    try {
      Map<String, Object> challenge = send("POST", "challenges", "{}", false).json();
      byte[] bytes = Base64.getDecoder().decode((String) challenge.get("challenge"));
      SignOutcome signed = card.signChallenge(bytes);
      if (!(signed instanceof SignOutcome.Signed signature)) {
        return false;
      }
      Base64.Encoder base64 = Base64.getEncoder();
      String body =
          "{\"challenge\": "
              + Json.quote((String) challenge.get("id"))
              + ", \"signature\": "
              + Json.quote(base64.encodeToString(signature.signature()))
              + ", \"certificates\": ["
              + Json.quote(
                  base64.encodeToString(citizen.certificates().authentication().getEncoded()))
              + ", "
              + Json.quote(base64.encodeToString(citizen.certificates().citizenCa().getEncoded()))
              + ", "
              + Json.quote(base64.encodeToString(citizen.certificates().root().getEncoded()))
              + "], \"language\": "
              + Json.quote(language.name().toLowerCase(Locale.ROOT))
              + "}";
      session = (String) send("POST", "sessions", body, false).json().get("token");
      return true;
    } catch (CityRefusedException | CertificateEncodingException refused) {
      return false;
    }
  }

  @Override
  public void loginFailed(VerifiedCard citizen, String reason) {
    try {
      send(
          "POST",
          "login-failures",
          "{\"reason\": "
              + Json.quote(reason)
              + ", \"nationalNumber\": "
              + Json.quote(citizen.identity().nationalNumber().digits())
              + "}",
          false);
    } catch (CityRefusedException notLogged) {
      // The card's answer stands; the log misses a line, which the kiosk cannot help.
    }
  }

  @Override
  public Optional<DocumentPrinter.Document> make(VerifiedCard citizen, String choice) {
    if (session != null && choice != null && choice.startsWith(EXTRACT)) {
      return extract(choice.substring(EXTRACT.length()));
    }
    if (session == null || choice == null || !choice.startsWith(ATTEST)) {
      return Optional.empty();
    }
    String model = choice.substring(ATTEST.length());
    try {
      Answer answer =
          send(
              "POST",
              "attests",
              "{\"model\": " + Json.quote(model) + ", \"language\": " + Json.quote(tag()) + "}",
              true);
      pendingAttest = answer.header("X-Attest-Code");
      pendingKind = "attests";
      URI verification = api.resolve(answer.header("X-Attest-Verification"));
      byte[] stamped = AttestPdf.stamp(answer.bytes(), verification, language);
      return Optional.of(new DocumentPrinter.Document("attest " + model, stamped));
    } catch (CityRefusedException refused) {
      return Optional.empty();
    } catch (IOException notAPdf) {
      dropPending("NOT_A_PDF");
      return Optional.empty();
    }
  }

  /**
   * The extract of one of the citizen's civil-status acts, from DABS through the city, with the
   * city's QR code stamped in its top right corner (DABS's own seal and QR code are at its foot).
   */
  private Optional<DocumentPrinter.Document> extract(String actNumber) {
    try {
      Answer answer =
          send(
              "POST",
              "civil-status-extracts",
              "{\"actNumber\": "
                  + Json.quote(actNumber)
                  + ", \"language\": "
                  + Json.quote(tag())
                  + "}",
              true);
      pendingAttest = answer.header("X-Attest-Code");
      pendingKind = "civil-status-extracts";
      URI verification = api.resolve(answer.header("X-Attest-Verification"));
      byte[] stamped = AttestPdf.stampTopRight(answer.bytes(), verification, language);
      return Optional.of(new DocumentPrinter.Document("extract " + actNumber, stamped));
    } catch (CityRefusedException refused) {
      return Optional.empty();
    } catch (IOException notAPdf) {
      dropPending("NOT_A_PDF");
      return Optional.empty();
    }
  }

  /**
   * The citizen's civil-status acts as the city lists them from DABS, in the screen's language:
   * {@code actNumber}, {@code kind}, {@code name}, {@code eventDate}, {@code municipality}. Choose
   * one as {@code extract:<actNumber>}.
   */
  public List<Map<String, Object>> civilStatusActs() {
    return send("GET", "civil-status-acts?language=" + tag(), null, true).list();
  }

  @Override
  public void printed(PrintOutcome outcome) {
    if (pendingAttest == null) {
      return;
    }
    if (outcome.printed()) {
      String code = pendingAttest;
      pendingAttest = null;
      send("POST", pendingKind + "/" + code + "/printed", "{\"printed\": true}", true);
    } else {
      dropPending(outcome.getClass().getSimpleName());
    }
  }

  @Override
  public void signOut() {
    if (pendingAttest != null) {
      dropPending("SESSION ENDED");
    }
    if (session != null) {
      try {
        send("DELETE", "sessions/current", null, true);
      } catch (CityRefusedException alreadyOver) {
        // it ended at the city already
      } finally {
        session = null;
      }
    }
  }

  /** The products offered at kiosks, in the citizen's language: code and name. */
  public List<Map<String, Object>> products() {
    return send("GET", "products?language=" + tag(), null, true).list();
  }

  /**
   * Asks for new PIN/PUK codes, to be told by e-mail or phone and picked up at {@code pickupAt}.
   *
   * @throws CityRefusedException with the city's reason (an open request, a card on its way...)
   */
  public Map<String, Object> requestPinCodes(String email, String phone, String pickupAt) {
    return send(
            "POST",
            "pin-codes",
            "{\"email\": "
                + Json.quote(email)
                + ", \"phone\": "
                + Json.quote(phone)
                + ", \"pickupAt\": "
                + Json.quote(pickupAt)
                + "}",
            true)
        .json();
  }

  /**
   * The products this kiosk prints walk-in tickets for, in the screen's language: code and name;
   * none where the kiosk's location has no queue. No session: a ticket is anonymous.
   */
  public List<Map<String, Object>> ticketProducts() {
    return send("GET", "tickets/products?language=" + tag(), null, false).list();
  }

  /**
   * A walk-in ticket in the queue of the kiosk's location, no session needed: id, number, product
   * and location named in the screen's language, position, estimated wait, when it was drawn.
   *
   * @throws CityRefusedException with the city's reason (no queue here, closed, queue full...)
   */
  public Map<String, Object> ticket(String product) {
    return send(
            "POST",
            "tickets",
            "{\"product\": " + Json.quote(product) + ", \"language\": " + Json.quote(tag()) + "}",
            false)
        .json();
  }

  /** Reports the ticket's slip printed, or not with {@code fault} (letters, _ and spaces). */
  public void ticketPrinted(String ticket, boolean printed, String fault) {
    send(
        "POST",
        "tickets/" + ticket + "/printed",
        "{\"printed\": " + printed + ", \"fault\": " + Json.quote(fault) + "}",
        false);
  }

  /** Tells the city the kiosk's state, from its printer's. */
  public void heartbeat(PrinterState printer) {
    String status =
        switch (printer) {
          case READY, PAPER_LOW -> "ONLINE";
          case OUT_OF_PAPER -> "OUT_OF_PAPER";
          case JAMMED -> "JAMMED";
          case OFFLINE -> "OFFLINE";
        };
    send("POST", "heartbeats", "{\"status\": " + Json.quote(status) + "}", false);
  }

  private String tag() {
    return language.name().toLowerCase(Locale.ROOT);
  }

  private void dropPending(String fault) {
    String code = pendingAttest;
    pendingAttest = null;
    try {
      send(
          "POST",
          pendingKind + "/" + code + "/printed",
          "{\"printed\": false, \"fault\": "
              + Json.quote(fault.replaceAll("[^A-Za-z_ ]", ""))
              + "}",
          true);
    } catch (CityRefusedException sessionOver) {
      // Never reported printed, so never valid: nothing is half done.
    }
  }

  private Answer send(String method, String path, String body, boolean inSession) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(api.resolve(path))
            .timeout(timeout)
            .header("X-Kiosk-Key", key)
            .header("Accept-Language", language.name().toLowerCase(Locale.ROOT))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (inSession) {
      if (session == null) {
        throw new CityRefusedException(401, null, "no session is open");
      }
      request.header("X-Kiosk-Session", session);
    }
    HttpResponse<byte[]> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new CityRefusedException(0, null, "the city cannot be reached: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CityRefusedException(0, null, "interrupted");
    }
    Answer answer = new Answer(response);
    if (response.statusCode() >= 300) {
      Map<String, Object> problem = answer.isJson() ? answer.json() : Map.of();
      throw new CityRefusedException(
          response.statusCode(), (String) problem.get("reason"), (String) problem.get("detail"));
    }
    return answer;
  }

  /** A city's answer. */
  private record Answer(HttpResponse<byte[]> response) {
    boolean isJson() {
      return response.headers().firstValue("Content-Type").orElse("").contains("json");
    }

    Map<String, Object> json() {
      return Json.object(text());
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> list() {
      return (List<Map<String, Object>>) Json.parse(text());
    }

    byte[] bytes() {
      return response.body();
    }

    String header(String name) {
      return response
          .headers()
          .firstValue(name)
          .orElseThrow(() -> new UncheckedIOException(new IOException("no " + name)));
    }

    private String text() {
      return new String(response.body(), StandardCharsets.UTF_8);
    }
  }
}
