package be.loketopmaat.adapters.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.domain.common.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The catalogue of problem sentences is complete and in step with the code, as gettext's extraction
 * keeps a translation in step: every English template the sources write where a person will read
 * it, and every problem title, has a Dutch and a French sentence with the same placeholders, and
 * the catalogue holds nothing the code no longer says.
 */
class ProblemCatalogueTest {
  /**
   * Where a template is written: the call, and which of its arguments is the template. The template
   * is the last argument (its values follow as varargs), except in {@code Phrase.of} and the
   * not-found and already-exists exceptions, whose first argument is the template or the kind.
   */
  private static final Map<Pattern, Integer> MARKERS =
      Map.of(
          Pattern.compile("\\bPhrase\\.of\\("), 0,
          Pattern.compile("\\bnew FieldViolation\\("), 1,
          Pattern.compile("\\bnew InvalidInputException\\("), 1,
          Pattern.compile("\\bnew ConflictException\\("), 1,
          Pattern.compile("\\brequire\\("), 2,
          Pattern.compile("\\bviolation\\("), 1,
          Pattern.compile("\\bnew NotFoundException\\("), 0,
          Pattern.compile("\\bnew AlreadyExistsException\\("), 0);

  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern LITERALS_ONLY =
      Pattern.compile("\\s*\"(?:[^\"\\\\]|\\\\.)*\"(?:\\s*\\+\\s*\"(?:[^\"\\\\]|\\\\.)*\")*\\s*");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d{1,2}}");

  private final ProblemCatalogue catalogue = ProblemCatalogue.get();

  @Test
  void everySentenceTheCodeWritesHasADutchAndAFrenchOne() throws IOException {
    Extraction found = extract();

    assertThat(found.concatenated())
        .as("templates must take their values as arguments, not by concatenation")
        .isEmpty();
    assertThat(found.templates()).hasSizeGreaterThan(100);
    Set<String> missing = new TreeSet<>(found.templates());
    missing.removeAll(catalogue.englishTemplates());
    assertThat(missing)
        .as("sentences in the code that %s lacks", ProblemCatalogue.RESOURCE)
        .isEmpty();
  }

  @Test
  void everyProblemTitleIsTranslated() {
    for (ProblemType type : ProblemType.values()) {
      assertThat(catalogue.englishTemplates()).contains(type.title());
      assertThat(catalogue.translate(type.title(), Language.FR)).isNotBlank();
    }
  }

  @Test
  void theCatalogueHoldsNothingTheCodeNoLongerSays() throws IOException {
    Set<String> used = new TreeSet<>(extract().templates());
    for (ProblemType type : ProblemType.values()) {
      used.add(type.title());
    }

    Set<String> stale = new TreeSet<>(catalogue.englishTemplates());
    stale.removeAll(used);
    assertThat(stale)
        .as("lines of %s the code no longer says", ProblemCatalogue.RESOURCE)
        .isEmpty();
  }

  @Test
  void aTranslationKeepsThePlaceholdersOfItsEnglishSentence() {
    for (String english : catalogue.englishTemplates()) {
      for (Language language : List.of(Language.NL, Language.FR)) {
        String translated = catalogue.translate(english, language);
        assertThat(placeholders(translated))
            .as("%s of '%s'", language, english)
            .isEqualTo(placeholders(english));
        assertThat(translated).as("%s of '%s'", language, english).isNotBlank();
      }
    }
  }

  @Test
  void aBrokenLineInTheFileIsRefusedWhenItIsRead() {
    assertThatThrownBy(
            () ->
                ProblemCatalogue.parse(
                    new BufferedReader(
                        new StringReader("en\tnl\tfr\nis required\tis verplicht\n"))))
        .hasMessageContaining("line 2");
    assertThatThrownBy(
            () ->
                ProblemCatalogue.parse(
                    new BufferedReader(new StringReader("en\tnl\tfr\na\tb\tc\na\tb\tc\n"))))
        .hasMessageContaining("twice");
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  private record Extraction(Set<String> templates, List<String> concatenated) {}

  /** The template arguments of every marked call in the main sources of every module. */
  private static Extraction extract() throws IOException {
    Set<String> templates = new TreeSet<>();
    List<String> concatenated = new ArrayList<>();
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<Path> sources;
    try (Stream<Path> modules = Files.list(root)) {
      sources = modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).toList();
    }
    assertThat(sources).as("the modules' sources, seen from %s", root).hasSizeGreaterThan(5);
    for (Path source : sources) {
      try (Stream<Path> files = Files.walk(source)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          String text = Files.readString(file);
          for (Map.Entry<Pattern, Integer> marker : MARKERS.entrySet()) {
            Matcher call = marker.getKey().matcher(text);
            while (call.find()) {
              List<String> args = arguments(text, call.end());
              int index = marker.getValue();
              if (args.size() <= index) {
                continue; // another method of the same name, e.g. Code.require(value, field)
              }
              String arg = args.get(index);
              if (LITERALS_ONLY.matcher(arg).matches()) {
                StringBuilder template = new StringBuilder();
                Matcher part = LITERAL.matcher(arg);
                while (part.find()) {
                  template.append(unescape(part.group(1)));
                }
                templates.add(template.toString());
              } else if (arg.contains("\"") && !arg.contains("Phrase.of(")) {
                concatenated.add(file.getFileName() + ": " + arg);
              }
            }
          }
        }
      }
    }
    return new Extraction(templates, concatenated);
  }

  /** The top-level arguments of the call whose opening parenthesis ends just before {@code at}. */
  private static List<String> arguments(String text, int at) {
    List<String> args = new ArrayList<>();
    int depth = 0;
    int start = at;
    for (int i = at; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\'') {
        i = endOfQuoted(text, i, c);
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        if (depth == 0) {
          args.add(text.substring(start, i).trim());
          return args;
        }
        depth--;
      } else if (c == ',' && depth == 0) {
        args.add(text.substring(start, i).trim());
        start = i + 1;
      }
    }
    return args;
  }

  private static int endOfQuoted(String text, int open, char quote) {
    int i = open + 1;
    while (text.charAt(i) != quote) {
      i += text.charAt(i) == '\\' ? 2 : 1;
    }
    return i;
  }

  private static final Map<Character, Character> ESCAPES = new HashMap<>();

  static {
    ESCAPES.put('n', '\n');
    ESCAPES.put('t', '\t');
    ESCAPES.put('"', '"');
    ESCAPES.put('\'', '\'');
    ESCAPES.put('\\', '\\');
  }

  private static String unescape(String literal) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < literal.length(); i++) {
      char c = literal.charAt(i);
      if (c == '\\' && i + 1 < literal.length()) {
        out.append(ESCAPES.getOrDefault(literal.charAt(++i), literal.charAt(i)));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
