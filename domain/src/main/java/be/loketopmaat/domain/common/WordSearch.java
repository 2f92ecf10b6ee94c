package be.loketopmaat.domain.common;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A search that matches words, not fragments: each word of the query must begin a word of the text
 * ("eid" finds "eID-kaart" and "eid-application", not "begeleiding"), ignoring case and accents
 * ("releve" finds "relevé").
 */
public final class WordSearch {
  private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private final List<String> queryWords;

  private WordSearch(List<String> queryWords) {
    this.queryWords = queryWords;
  }

  /** A search for the words of {@code query}; one without words matches everything. */
  public static WordSearch of(String query) {
    return new WordSearch(words(query == null ? "" : query));
  }

  public boolean matchesNothingInParticular() {
    return queryWords.isEmpty();
  }

  /** Whether every word of the query begins a word of at least one of the texts. */
  public boolean matches(String... texts) {
    List<String> words =
        Arrays.stream(texts)
            .filter(t -> t != null)
            .flatMap(t -> words(t).stream())
            .distinct()
            .toList();
    return queryWords.stream().allMatch(q -> words.stream().anyMatch(w -> w.startsWith(q)));
  }

  static List<String> words(String text) {
    String plain =
        MARKS
            .matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
            .replaceAll("")
            .toLowerCase(Locale.ROOT);
    return NOT_A_WORD.splitAsStream(plain).filter(w -> !w.isEmpty()).toList();
  }
}
