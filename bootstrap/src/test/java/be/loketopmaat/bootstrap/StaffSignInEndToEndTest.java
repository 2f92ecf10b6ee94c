package be.loketopmaat.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.domain.calendar.CityTime;
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
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The whole service with staff signing in through an identity provider, as a city configures it
 * (its key set, its issuer, the roles in a claim of its own naming): over real HTTP on PostgreSQL,
 * with no shared token.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffSignInEndToEndTest implements TestPropertyProvider {
  private static final String ISSUER = "https://login.antwerpen.example/realms/loket";
  private static final RSAKey KEY = key();

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  private HttpServer keys;
  private Http http;

  @Override
  public Map<String, String> getProperties() {
    try {
      keys = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] published = new JWKSet(KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
    keys.createContext(
        "/certs",
        exchange -> {
          exchange.sendResponseHeaders(200, published.length);
          try (OutputStream body = exchange.getResponseBody()) {
            body.write(published);
          }
        });
    keys.start();
    Map<String, String> properties = new HashMap<>(TestDatabase.postgres("e2e_sign_in"));
    properties.put("loket.city", "antwerp");
    properties.put(
        "micronaut.security.token.jwt.signatures.jwks.city.url",
        "http://127.0.0.1:" + keys.getAddress().getPort() + "/certs");
    properties.put("micronaut.security.token.jwt.claims-validators.issuer", ISSUER);
    // As the README tells a city whose provider names the claim otherwise.
    properties.put("LOKET_OIDC_ROLES_CLAIM", "loket_roles");
    return properties;
  }

  @AfterAll
  void stopKeys() {
    keys.stop(0);
  }

  @BeforeEach
  void client() {
    http = new Http(server.getURI(), json);
  }

  @Test
  void anAgentBooksForACallerAndTheRecordNamesThemButTheDeskIsNotTheirs() {
    String agent = token("u-2002", "Jan Peeters", "contact-centre-agent");
    Map<String, Object> slot =
        http.get(
                "/api/v1/availability?product=eid-application&mode=proximity"
                    + "&location=districtshuis-deurne&limit=1&from="
                    + LocalDate.now(CityTime.ZONE).plusDays(3))
            .list("slots")
            .get(0);

    Http.Response booked =
        http.postJson(
            "/api/v1/staff/appointments",
            Map.of(
                "products",
                List.of("eid-application"),
                "location",
                slot.get("location"),
                "start",
                slot.get("start"),
                "citizen",
                Map.of(
                    "insz", Http.insz(850_731_777L), "name", "Mia Claes", "phone", "0470123456")),
            "Authorization",
            "Bearer " + agent);
    assertThat(booked.status()).as(booked.text()).isEqualTo(201);
    String reference = (String) booked.object().get("reference");

    Http.Response file = signedGet(agent, "/api/v1/staff/appointments/" + reference);
    assertThat(file.status()).as(file.text()).isEqualTo(200);
    assertThat(file.list("history"))
        .first()
        .satisfies(
            line -> {
              assertThat(line.get("kind")).isEqualTo("BOOKED");
              assertThat(line.get("byId")).isEqualTo("u-2002");
              assertThat(line.get("byName")).isEqualTo("Jan Peeters");
            });

    Http.Response checkIn =
        http.postJson(
            "/api/v1/staff/appointments/" + reference + "/check-in",
            Map.of(),
            "Authorization",
            "Bearer " + agent);
    assertThat(checkIn.status()).isEqualTo(403);
    assertThat(signedGet(agent, "/api/v1/staff/messages").status()).isEqualTo(403);
    assertThat(
            signedGet(token("u-1", "Ann Admin", "administrator"), "/api/v1/staff/messages")
                .status())
        .isEqualTo(200);
    assertThat(http.get("/api/v1/staff/messages").status()).isEqualTo(401);
  }

  private Http.Response signedGet(String token, String path) {
    return http.send(
        java.net.http.HttpRequest.newBuilder(server.getURI().resolve(path))
            .header("Authorization", "Bearer " + token)
            .GET());
  }

  private static String token(String subject, String name, String role) {
    Instant now = Instant.now();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .subject(subject)
            .claim("name", name)
            .claim("loket_roles", List.of(role))
            .issueTime(Date.from(now.minusSeconds(60)))
            .expirationTime(Date.from(now.plusSeconds(600)))
            .build();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).build(), claims);
    try {
      jwt.sign(new RSASSASigner(KEY));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }

  private static RSAKey key() {
    try {
      return new RSAKeyGenerator(2048).keyID("antwerpen-2026").generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
