package be.loketopmaat.adapters.rest.problem;

import be.loketopmaat.domain.common.Language;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A problem type's page as HTML: one short, accessible page (its language in {@code lang}, one
 * {@code h1}, a heading per part, links to the other languages marked with theirs), readable
 * without script, with one inline style sheet that the page's content security policy allows by its
 * hash and nothing else.
 */
final class ProblemPageHtml {
  private static final String STYLE =
      "body{font-family:system-ui,sans-serif;line-height:1.5;max-width:42rem;margin:2rem auto;"
          + "padding:0 1rem;color:#1a1a1a;background:#fff}"
          + "code{font-family:ui-monospace,monospace;background:#f0f0f0;padding:0 .2em}"
          + ".kind{color:#4a4a4a}a{color:#0645ad}"
          + "nav ul{list-style:none;padding:0;display:flex;gap:1.5rem}";

  /** The page's own content security policy: its style sheet, and nothing else to load. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src '"
          + hash(STYLE)
          + "'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  private static final Pattern CODE = Pattern.compile("`([^`]+)`");

  private record Labels(
      String problemType,
      String means,
      String when,
      String whatToDo,
      String languages,
      String name) {}

  private static final Map<Language, Labels> LABELS =
      Map.of(
          Language.EN,
          new Labels(
              "Problem type",
              "What it means",
              "When it happens",
              "What to do",
              "This page in other languages",
              "English"),
          Language.NL,
          new Labels(
              "Probleemtype",
              "Wat het betekent",
              "Wanneer het gebeurt",
              "Wat te doen",
              "Deze pagina in andere talen",
              "Nederlands"),
          Language.FR,
          new Labels(
              "Type de problème",
              "Ce que cela signifie",
              "Quand cela arrive",
              "Que faire",
              "Cette page dans d'autres langues",
              "Français"));

  private ProblemPageHtml() {}

  static String render(ProblemType type, ProblemLanguage in, ProblemPages.Page page) {
    Labels labels = LABELS.get(in.language());
    String title = escape(in.title(type));
    StringBuilder html = new StringBuilder(2048);
    html.append("<!DOCTYPE html>\n<html lang=\"")
        .append(in.tag())
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(title)
        .append(" · ")
        .append(escape(labels.problemType()))
        .append("</title>\n<style>")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<main>\n<p class=\"kind\">")
        .append(escape(labels.problemType()))
        .append(" <code>")
        .append(escape(type.uri()))
        .append("</code> · HTTP ")
        .append(type.status().getCode())
        .append("</p>\n<h1>")
        .append(title)
        .append("</h1>\n");
    section(html, "means", labels.means(), page.means());
    section(html, "when", labels.when(), page.when());
    section(html, "what-to-do", labels.whatToDo(), page.whatToDo());
    html.append("</main>\n<footer>\n<nav aria-label=\"")
        .append(escape(labels.languages()))
        .append("\">\n<ul>\n");
    for (Language other : List.of(Language.NL, Language.FR, Language.EN)) {
      if (other != in.language()) {
        html.append("<li><a href=\"?lang=")
            .append(other.tag())
            .append("\" hreflang=\"")
            .append(other.tag())
            .append("\" lang=\"")
            .append(other.tag())
            .append("\">")
            .append(escape(LABELS.get(other).name()))
            .append("</a></li>\n");
      }
    }
    return html.append("</ul>\n</nav>\n</footer>\n</body>\n</html>\n").toString();
  }

  private static void section(StringBuilder html, String id, String heading, String text) {
    html.append("<section aria-labelledby=\"")
        .append(id)
        .append("\">\n<h2 id=\"")
        .append(id)
        .append("\">")
        .append(escape(heading))
        .append("</h2>\n<p>")
        .append(withCode(escape(text)))
        .append("</p>\n</section>\n");
  }

  /** Text in backticks as code; the text is escaped already, and backticks are not escaped. */
  private static String withCode(String escaped) {
    Matcher code = CODE.matcher(escaped);
    StringBuilder out = new StringBuilder();
    while (code.find()) {
      code.appendReplacement(out, Matcher.quoteReplacement("<code>" + code.group(1) + "</code>"));
    }
    code.appendTail(out);
    return out.toString();
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String hash(String style) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(style.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
