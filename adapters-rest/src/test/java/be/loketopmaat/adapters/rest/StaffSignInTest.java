package be.loketopmaat.adapters.rest;

import static be.loketopmaat.adapters.rest.Api.PROBLEM_JSON;
import static be.loketopmaat.adapters.rest.BookingData.REFERENCE;
import static be.loketopmaat.adapters.rest.BookingData.booked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import be.loketopmaat.application.port.in.BookAppointmentUseCase;
import be.loketopmaat.application.port.in.ManageCatalogueUseCase;
import be.loketopmaat.application.port.in.StaffAppointmentsUseCase;
import be.loketopmaat.application.port.in.StaffAppointmentsUseCase.AppointmentFile;
import be.loketopmaat.application.port.in.VisitUseCase;
import be.loketopmaat.domain.staff.StaffMember;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Staff sign in with the city's identity provider: its JWTs, checked against the keys it publishes
 * (a JWKS served here over HTTP), with roles per endpoint. The shared token is off.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "loket.rate-limit.enabled", value = "false")
class StaffSignInTest implements TestPropertyProvider {
  private static final String ISSUER = "https://login.stad.example/realms/loket";
  private static final RSAKey CITY_KEY = key("city-2026");
  private static final RSAKey STRANGER = key("city-2026");

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject StaffAppointmentsUseCase staff;
  @Inject VisitUseCase visits;
  @Inject ManageCatalogueUseCase catalogue;
  private HttpServer keys;
  private Api api;

  @Override
  public Map<String, String> getProperties() {
    try {
      keys = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] published =
        new JWKSet(CITY_KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
    keys.createContext(
        "/certs",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, published.length);
          try (OutputStream body = exchange.getResponseBody()) {
            body.write(published);
          }
        });
    keys.start();
    return Map.of(
        "micronaut.security.token.jwt.signatures.jwks.city.url",
        "http://127.0.0.1:" + keys.getAddress().getPort() + "/certs",
        "micronaut.security.token.jwt.claims-validators.issuer",
        ISSUER,
        "loket.staff.token",
        "");
  }

  @AfterAll
  void stopKeys() {
    keys.stop(0);
  }

  @MockBean(StaffAppointmentsUseCase.class)
  StaffAppointmentsUseCase staff() {
    return mock(StaffAppointmentsUseCase.class);
  }

  @MockBean(VisitUseCase.class)
  VisitUseCase visits() {
    return mock(VisitUseCase.class);
  }

  @MockBean(BookAppointmentUseCase.class)
  BookAppointmentUseCase bookings() {
    return mock(BookAppointmentUseCase.class);
  }

  @MockBean(ManageCatalogueUseCase.class)
  ManageCatalogueUseCase catalogue() {
    return mock(ManageCatalogueUseCase.class);
  }

  @BeforeEach
  void setUp() {
    api = new Api(server, json);
  }

  @Test
  void aClerkSignsInAsThemselvesAndTheRecordNamesThem() {
    when(staff.view(any(), any())).thenReturn(new AppointmentFile(booked(), List.of()));

    Api.Response response =
        as(token(CITY_KEY, "u-1001", "Sarah Claes", List.of("counter-clerk"), ISSUER, 300))
            .get("/api/v1/staff/appointments/K7M-4QXD");

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    verify(staff).view(REFERENCE, new StaffMember("u-1001", "Sarah Claes"));
  }

  @Test
  void anAgentMayHelpACallerButNotCheckSomeoneInAtTheDesk() {
    String agent =
        token(CITY_KEY, "u-2002", "Jan Peeters", List.of("contact-centre-agent"), ISSUER, 300);
    when(staff.search(any(), any())).thenReturn(List.of(booked()));

    Api.Response search = as(agent).get("/api/v1/staff/appointments?reference=K7M-4QXD");
    Api.Response checkIn = as(agent).post("/api/v1/staff/appointments/K7M-4QXD/check-in");

    assertThat(search.status()).as(search.body()).isEqualTo(200);
    assertThat(checkIn.status()).isEqualTo(403);
    assertThat(checkIn.contentType()).isEqualTo(PROBLEM_JSON);
    assertThat(checkIn.at("type")).isEqualTo("/problems/forbidden");
    verifyNoInteractions(visits);
  }

  @Test
  void aClerkMayNotChangeTheCatalogue() {
    Api.Response response =
        as(token(CITY_KEY, "u-1001", "Sarah Claes", List.of("counter-clerk"), ISSUER, 300))
            .post("/api/v1/staff/products", StaffProductApiTest.PASSPORT);

    assertThat(response.status()).isEqualTo(403);
    verifyNoInteractions(catalogue);
  }

  @Test
  void aTokenWithoutStaffRolesOpensNothing() {
    Api.Response response =
        as(token(CITY_KEY, "u-3003", "Piet", List.of(), ISSUER, 300))
            .get("/api/v1/staff/appointments/K7M-4QXD");

    assertThat(response.status()).isEqualTo(403);
    verifyNoInteractions(staff);
  }

  @ParameterizedTest
  @ValueSource(strings = {"expired", "another key", "another issuer", "not a JWT", "shared token"})
  void refusesEveryTokenTheCityDidNotIssueNow(String kind) {
    List<String> admin = List.of("administrator");
    String token =
        switch (kind) {
          case "expired" -> token(CITY_KEY, "u-9", "Old", admin, ISSUER, -60);
          case "another key" -> token(STRANGER, "u-9", "Mallory", admin, ISSUER, 300);
          case "another issuer" ->
              token(CITY_KEY, "u-9", "Mallory", admin, "https://evil.example", 300);
          case "not a JWT" -> "eyJhbGciOiJub25lIn0.e30.";
          default -> Api.STAFF_TOKEN;
        };

    Api.Response response = as(token).get("/api/v1/staff/appointments/K7M-4QXD");

    assertThat(response.status()).as(kind).isEqualTo(401);
    assertThat(response.at("type")).isEqualTo("/problems/unauthorized");
    assertThat(response.header("WWW-Authenticate")).contains("invalid_token");
    verifyNoInteractions(staff);
  }

  @Test
  void withoutATokenTheChallengeSaysBearer() {
    Api.Response response = api.get("/api/v1/staff/appointments/K7M-4QXD");

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"staff\"");
  }

  @Test
  void anUnknownStaffPathIsUnauthorizedToStrangersAndNotFoundToStaff() {
    String clerk = token(CITY_KEY, "u-1001", "Sarah Claes", List.of("counter-clerk"), ISSUER, 300);

    assertThat(api.get("/api/v1/staff/nothing-here").status()).isEqualTo(401);
    assertThat(as(clerk).get("/api/v1/staff/nothing-here").status()).isEqualTo(404);
  }

  @Test
  void thePublicApiNeedsNoSignIn() {
    assertThat(api.get("/api/v1/openapi.yml").status()).isEqualTo(200);
    assertThat(api.get("/api/v1/no-such-thing").status()).isEqualTo(404);
  }

  private Signed as(String token) {
    return new Signed(token);
  }

  /** Requests with a bearer token. */
  private final class Signed {
    private final String token;

    Signed(String token) {
      this.token = token;
    }

    Api.Response get(String path) {
      return api.get(path, "Authorization", "Bearer " + token);
    }

    Api.Response post(String path) {
      return api.post(path, null, "Authorization", "Bearer " + token);
    }

    Api.Response post(String path, String body) {
      return api.post(path, body, "Authorization", "Bearer " + token);
    }
  }

  private static String token(
      RSAKey key, String subject, String name, List<String> roles, String issuer, long validFor) {
    Instant now = Instant.now();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .subject(subject)
            .claim("name", name)
            .claim("roles", roles)
            .issueTime(Date.from(now.minus(Duration.ofMinutes(5))))
            .expirationTime(Date.from(now.plusSeconds(validFor)))
            .build();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }

  private static RSAKey key(String id) {
    try {
      return new RSAKeyGenerator(2048).keyID(id).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
