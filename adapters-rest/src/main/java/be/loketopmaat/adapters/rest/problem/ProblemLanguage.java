package be.loketopmaat.adapters.rest.problem;

import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.common.Phrase;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import java.util.List;
import java.util.Locale;

/**
 * The language a problem is written in: the first of Dutch, French and English that the request's
 * {@code Accept-Language} asks for (RFC 4647 lookup, so {@code nl-BE} is Dutch and {@code fr;q=0}
 * is not French), English when it asks for none of them or cannot be read.
 */
public record ProblemLanguage(Language language) {
  public static final ProblemLanguage ENGLISH = new ProblemLanguage(Language.EN);
  private static final List<String> TAGS =
      List.of(Language.NL.tag(), Language.FR.tag(), Language.EN.tag());

  public static ProblemLanguage of(HttpRequest<?> request) {
    return of(request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE));
  }

  /** The language for an {@code Accept-Language} value, or for none ({@code null}). */
  public static ProblemLanguage of(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return ENGLISH;
    }
    try {
      String tag = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), TAGS);
      return tag == null ? ENGLISH : new ProblemLanguage(Language.fromTag(tag).orElseThrow());
    } catch (IllegalArgumentException unreadable) {
      return ENGLISH;
    }
  }

  /** The phrase in this language. */
  public String text(Phrase phrase) {
    ProblemCatalogue catalogue = ProblemCatalogue.get();
    return phrase.render(template -> catalogue.translate(template, language));
  }

  public String title(ProblemType type) {
    return text(Phrase.of(type.title()));
  }

  public String tag() {
    return language.tag();
  }
}
