package be.loketopmaat.adapters.rest.problem;

import be.loketopmaat.domain.common.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sentences of problem documents in Dutch and French, keyed by their English template (see
 * {@link be.loketopmaat.domain.common.Phrase}). They live in {@value #RESOURCE}, one sentence a
 * line: English, Dutch and French, separated by tabs, so that a translator sees the three side by
 * side. A sentence that is missing is answered in English rather than not at all; a test keeps the
 * file complete and its placeholders in step with the code.
 */
public final class ProblemCatalogue {
  static final String RESOURCE = "/problem-texts.tsv";
  private static final ProblemCatalogue LOADED = load();

  private final Map<Language, Map<String, String>> byLanguage;

  ProblemCatalogue(Map<Language, Map<String, String>> byLanguage) {
    this.byLanguage = byLanguage;
  }

  public static ProblemCatalogue get() {
    return LOADED;
  }

  /** The template in {@code language}, or the English template itself when it has none there. */
  public String translate(String english, Language language) {
    Map<String, String> sentences = byLanguage.get(language);
    return sentences == null ? english : sentences.getOrDefault(english, english);
  }

  /** Every English template the file translates. */
  public Set<String> englishTemplates() {
    return Collections.unmodifiableSet(byLanguage.get(Language.NL).keySet());
  }

  static ProblemCatalogue load() {
    try (InputStream in = ProblemCatalogue.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ProblemCatalogue parse(BufferedReader reader) throws IOException {
    Map<Language, Map<String, String>> byLanguage = new EnumMap<>(Language.class);
    List<Language> columns = List.of(Language.EN, Language.NL, Language.FR);
    for (Language language : columns.subList(1, columns.size())) {
      byLanguage.put(language, new HashMap<>());
    }
    int number = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      if (number == 1 || line.isBlank() || line.startsWith("#")) {
        continue; // the header (en, nl, fr), blank lines and comments
      }
      String[] cells = line.split("\t", -1);
      if (cells.length != columns.size()) {
        throw new IllegalStateException(
            RESOURCE + " line " + number + ": expected English, Dutch and French, tab-separated");
      }
      for (int c = 1; c < cells.length; c++) {
        if (byLanguage.get(columns.get(c)).put(cells[0], cells[c]) != null) {
          throw new IllegalStateException(RESOURCE + " line " + number + ": listed twice");
        }
      }
    }
    return new ProblemCatalogue(byLanguage);
  }
}
