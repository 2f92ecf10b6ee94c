package be.loketopmaat.adapters.rest.problem;

import be.loketopmaat.domain.common.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What each kind of problem means, when it happens and what the client should do, in Dutch, French
 * and English: the text of the page that a problem's {@code type} URI resolves to. It lives in
 * {@value #RESOURCE}, one line per problem type and part with the three languages side by side, as
 * {@code problem-texts.tsv} keeps its sentences; a test keeps it complete. A line that names no
 * problem type or part, or one given twice, is refused when the file is read.
 */
public final class ProblemPages {
  static final String RESOURCE = "/problem-pages.tsv";
  private static final List<Language> COLUMNS = List.of(Language.EN, Language.NL, Language.FR);
  private static final ProblemPages LOADED = load();

  /** The three parts of a page. */
  public enum Part {
    MEANS,
    WHEN,
    WHAT_TO_DO
  }

  /** One page in one language. */
  public record Page(String means, String when, String whatToDo) {}

  private final Map<ProblemType, Map<Part, Map<Language, String>>> texts;

  private ProblemPages(Map<ProblemType, Map<Part, Map<Language, String>>> texts) {
    this.texts = texts;
  }

  public static ProblemPages get() {
    return LOADED;
  }

  /** The page of {@code type} in {@code language}, each part in English where it lacks one. */
  public Page page(ProblemType type, Language language) {
    return new Page(
        text(type, Part.MEANS, language),
        text(type, Part.WHEN, language),
        text(type, Part.WHAT_TO_DO, language));
  }

  /** The text of one part, in English where the language has none, empty where neither has. */
  String text(ProblemType type, Part part, Language language) {
    Map<Language, String> byLanguage =
        texts.getOrDefault(type, Map.of()).getOrDefault(part, Map.of());
    String text = byLanguage.get(language);
    return text == null || text.isBlank() ? byLanguage.getOrDefault(Language.EN, "") : text;
  }

  /** Every type, part and language without a text of its own, as {@code name part lang}. */
  public List<String> missing() {
    List<String> missing = new ArrayList<>();
    for (ProblemType type : ProblemType.values()) {
      for (Part part : Part.values()) {
        for (Language language : COLUMNS) {
          String text =
              texts.getOrDefault(type, Map.of()).getOrDefault(part, Map.of()).get(language);
          if (text == null || text.isBlank()) {
            missing.add(
                type.pageName()
                    + " "
                    + part.name().toLowerCase(Locale.ROOT)
                    + " "
                    + language.tag());
          }
        }
      }
    }
    return missing;
  }

  static ProblemPages load() {
    try (InputStream in = ProblemPages.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ProblemPages parse(BufferedReader reader) throws IOException {
    Map<ProblemType, Map<Part, Map<Language, String>>> texts = new EnumMap<>(ProblemType.class);
    int number = 0;
    boolean header = true;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false; // name, part, en, nl, fr
        continue;
      }
      String at = RESOURCE + " line " + number;
      String[] cells = line.split("\t", -1);
      if (cells.length != 2 + COLUMNS.size()) {
        throw new IllegalStateException(at + ": expected name, part, English, Dutch and French");
      }
      ProblemType type =
          ProblemType.forPageName(cells[0])
              .orElseThrow(
                  () -> new IllegalStateException(at + ": no problem type is called " + cells[0]));
      Part part;
      try {
        part = Part.valueOf(cells[1].toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException unknown) {
        throw new IllegalStateException(
            at + ": the part is means, when or what_to_do, not " + cells[1], unknown);
      }
      Map<Language, String> byLanguage = new EnumMap<>(Language.class);
      for (int c = 0; c < COLUMNS.size(); c++) {
        byLanguage.put(COLUMNS.get(c), cells[2 + c].strip());
      }
      if (texts.computeIfAbsent(type, t -> new EnumMap<>(Part.class)).put(part, byLanguage)
          != null) {
        throw new IllegalStateException(at + ": listed twice");
      }
    }
    return new ProblemPages(texts);
  }
}
