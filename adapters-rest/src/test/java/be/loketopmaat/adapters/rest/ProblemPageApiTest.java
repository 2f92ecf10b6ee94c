package be.loketopmaat.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import be.loketopmaat.adapters.rest.problem.ProblemType;
import be.loketopmaat.application.port.in.CityProfileUseCase;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A problem's {@code type} resolves to a short page that explains it, in the asker's language, as
 * HTML or as JSON, public and cacheable.
 */
@MicronautTest
class ProblemPageApiTest {
  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  Api api;

  @MockBean(CityProfileUseCase.class)
  CityProfileUseCase city() {
    return mock(CityProfileUseCase.class);
  }

  @BeforeEach
  void setUp() {
    api = new Api(server, json);
  }

  @Test
  void aProblemsTypeResolvesAgainstTheServiceToItsPage() {
    Api.Response problem = api.get("/api/v1/no-such-resource");
    URI type =
        server.getURI().resolve("/api/v1/no-such-resource").resolve((String) problem.at("type"));

    Api.Response page = api.get(type.getPath());

    assertThat(type.getPath()).isEqualTo("/problems/not-found");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.contentType()).isEqualTo("text/html");
    assertThat(page.header("Content-Type")).containsIgnoringCase("charset=utf-8");
    assertThat(page.body())
        .startsWith("<!DOCTYPE html>")
        .contains("<html lang=\"en\">", "<h1>Not found</h1>", "<code>/problems/not-found</code>")
        .contains("<h2 id=\"means\">What it means</h2>", "What to do");
    assertThat(page.header("Content-Language")).isEqualTo("en");
  }

  @Test
  void thePageIsInTheAskersLanguageAndLangOverridesIt() {
    Api.Response dutch = api.get("/problems/slot-taken", "Accept-Language", "nl-BE,fr;q=0.5");
    Api.Response french = api.get("/problems/slot-taken?lang=fr", "Accept-Language", "nl-BE");

    assertThat(dutch.body())
        .contains("<html lang=\"nl\">", "<h1>Tijdslot bezet</h1>", "Wat te doen")
        .contains("<a href=\"?lang=fr\" hreflang=\"fr\" lang=\"fr\">Français</a>")
        .contains("<code>alternatives</code>");
    assertThat(dutch.header("Content-Language")).isEqualTo("nl");
    assertThat(french.body()).contains("<html lang=\"fr\">", "<h1>Créneau pris</h1>");
  }

  @Test
  void aClientThatPrefersJsonGetsTheExplanationAsJson() {
    Api.Response page =
        api.get(
            "/problems/too-many-requests", "Accept", "application/json", "Accept-Language", "fr");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.contentType()).isEqualTo("application/json");
    assertThat(page.at("type")).isEqualTo("/problems/too-many-requests");
    assertThat(page.at("status")).isEqualTo(429);
    assertThat(page.at("language")).isEqualTo("fr");
    assertThat((String) page.at("whatToDo")).contains("`Retry-After`");
    assertThat((String) page.at("means")).isNotBlank();
    assertThat((String) page.at("when")).isNotBlank();
    assertThat(
            api.get("/problems/too-many-requests", "Accept", "text/html, application/json;q=0.9")
                .contentType())
        .isEqualTo("text/html");
  }

  @Test
  void thePageIsPublicCacheableAndRevalidatesTo304() {
    Api.Response page = api.get("/problems/conflict");
    String etag = page.header("ETag");

    assertThat(etag).matches("\"[A-Za-z0-9_-]{22}\"");
    assertThat(page.header("Cache-Control")).isEqualTo("public, max-age=3600");
    assertThat(page.header("Vary")).contains("Accept", "Accept-Language");
    Api.Response again = api.get("/problems/conflict", "If-None-Match", etag);
    assertThat(again.status()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(api.get("/problems/conflict", "Accept", "application/json").header("ETag"))
        .as("another representation, another tag")
        .isNotEqualTo(etag);
  }

  @Test
  void thePagesStyleIsAllowedByItsHashAndNothingElseIs() throws Exception {
    Api.Response page = api.get("/problems/invalid-input");
    Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(page.body());
    assertThat(style.find()).isTrue();
    String hash =
        Base64.getEncoder()
            .encodeToString(
                MessageDigest.getInstance("SHA-256")
                    .digest(style.group(1).getBytes(StandardCharsets.UTF_8)));

    assertThat(page.headers("Content-Security-Policy")).hasSize(1);
    assertThat(page.header("Content-Security-Policy"))
        .startsWith("default-src 'none'")
        .contains("style-src 'sha256-" + hash + "'", "frame-ancestors 'none'");
    assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(page.body()).doesNotContain("<script");
  }

  @Test
  void everyKindOfProblemHasItsPageInEveryLanguage() {
    List<String> failed = new ArrayList<>();
    for (ProblemType type : ProblemType.values()) {
      for (String lang : List.of("nl", "fr", "en")) {
        Api.Response page = api.get(type.uri() + "?lang=" + lang);
        if (page.status() != 200 || !page.body().contains("<html lang=\"" + lang + "\">")) {
          failed.add(type.uri() + " " + lang + ": " + page.status());
        }
      }
    }
    assertThat(failed).isEmpty();
  }

  @Test
  void anUnknownNameIsANotFoundProblemAndAnUnknownLanguageInvalidInput() {
    Api.Response unknown = api.get("/problems/no-such-problem", "Accept-Language", "nl");
    Api.Response german = api.get("/problems/slot-taken?lang=de");

    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.contentType()).isEqualTo(Api.PROBLEM_JSON);
    assertThat(unknown.at("type")).isEqualTo("/problems/not-found");
    assertThat(unknown.at("title")).isEqualTo("Niet gevonden");
    assertThat(unknown.header("Cache-Control")).isEqualTo("no-store");
    assertThat(german.status()).isEqualTo(400);
    assertThat(german.at("type")).isEqualTo("/problems/invalid-input");
    assertThat(german.errorFields()).containsExactly("lang");
  }
}
