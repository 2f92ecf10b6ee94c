package be.loketopmaat.adapters.rest.problem;

import be.loketopmaat.adapters.rest.http.ReferenceData;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.common.Phrase;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The page each problem's {@code type} resolves to: {@code /problems/slot-taken} in a problem
 * answered at {@code https://city.example/api/v1/holds} is {@code
 * https://city.example/problems/slot-taken}. A short HTML page by default; JSON for a client whose
 * {@code Accept} prefers it. In the language {@code lang} names, else the one {@code
 * Accept-Language} asks for among Dutch, French and English, else English, as problems are. Public,
 * and kept by clients and caches for an hour, then revalidated by ETag ({@link ReferenceData}).
 */
@ReferenceData
@Controller("/problems")
@Tag(
    name = "Problems",
    description = "What each kind of problem means: the pages the problems' type URIs resolve to")
public class ProblemPageController {
  /** The pages change with a new version of the service only. */
  static final String CACHING = "public, max-age=3600";

  private static final MediaType HTML = MediaType.of("text/html;charset=utf-8");

  @Get(
      uri = "/{name}",
      produces = {MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
  @Operation(
      operationId = "getProblemType",
      summary = "What a kind of problem means",
      description =
          "The page a problem's type URI resolves to: what the problem means, when it happens and"
              + " what the client should do, in Dutch, French or English (lang, else"
              + " Accept-Language, else English). HTML, or JSON when Accept prefers"
              + " application/json.")
  @ApiResponse(
      responseCode = "200",
      description = "The explanation, as a page or as JSON",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProblemPageDto.class)),
        @Content(
            mediaType = MediaType.TEXT_HTML,
            schema = @Schema(type = "string", description = "A short HTML page"))
      })
  @ProblemResponse(code = "400", description = "lang is not nl, fr or en")
  @ProblemResponse(code = "404", description = "No kind of problem has this name")
  public HttpResponse<?> page(
      HttpRequest<?> request,
      @Parameter(description = "The last segment of the problem's type URI", example = "slot-taken")
          @PathVariable
          String name,
      @Parameter(description = "The page's language, over Accept-Language", example = "nl")
          @Nullable
          @QueryValue
          String lang) {
    ProblemLanguage in = language(request, lang);
    Optional<ProblemType> found = ProblemType.forPageName(name);
    if (found.isEmpty()) {
      return Problems.response(
          in,
          Problem.of(
              in,
              ProblemType.NOT_FOUND,
              Phrase.of("Nothing is found at {0}.", request.getPath()),
              request.getPath()));
    }
    ProblemType type = found.orElseThrow();
    ProblemPages.Page page = ProblemPages.get().page(type, in.language());
    if (prefersJson(request)) {
      return HttpResponse.ok(
              new ProblemPageDto(
                  type.uri(),
                  type.status().getCode(),
                  in.title(type),
                  in.tag(),
                  page.means(),
                  page.when(),
                  page.whatToDo()))
          .contentType(MediaType.APPLICATION_JSON_TYPE)
          .header(HttpHeaders.CONTENT_LANGUAGE, in.tag())
          .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
          .header(HttpHeaders.CACHE_CONTROL, CACHING);
    }
    return HttpResponse.ok(ProblemPageHtml.render(type, in, page).getBytes(StandardCharsets.UTF_8))
        .contentType(HTML)
        .header(HttpHeaders.CONTENT_LANGUAGE, in.tag())
        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
        .header(HttpHeaders.CACHE_CONTROL, CACHING)
        .header("Content-Security-Policy", ProblemPageHtml.CONTENT_SECURITY_POLICY);
  }

  private static ProblemLanguage language(HttpRequest<?> request, @Nullable String lang) {
    if (lang == null) {
      return ProblemLanguage.of(request);
    }
    Language chosen =
        Language.fromTag(lang)
            .filter(l -> l.tag().equals(lang.strip().toLowerCase(Locale.ROOT)))
            .orElseThrow(
                () -> new InvalidInputException("lang", "must be one of {0}", "nl, fr, en"));
    return new ProblemLanguage(chosen);
  }

  /**
   * Whether the request's {@code Accept} ranks JSON above HTML: HTML for a browser, for {@code
   * *}{@code /*} and for no {@code Accept} at all.
   */
  static boolean prefersJson(HttpRequest<?> request) {
    List<MediaType> accepted =
        request.accept().stream()
            .sorted(Comparator.comparing(MediaType::getQualityAsNumber).reversed())
            .toList();
    for (MediaType type : accepted) {
      if (type.getQualityAsNumber().doubleValue() <= 0) {
        continue;
      }
      String main = type.getType();
      String sub = type.getSubtype();
      if (main.equals("text") && (sub.equals("html") || sub.equals("*")) || main.equals("*")) {
        return false;
      }
      if (main.equals("application") && (sub.equals("json") || sub.equals("*"))) {
        return true;
      }
    }
    return false;
  }
}
