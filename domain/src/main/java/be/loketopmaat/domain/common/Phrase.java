package be.loketopmaat.domain.common;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A sentence for a person, written in English with numbered placeholders ({@code {0}}, {@code {1}})
 * for what varies, and the values that fill them. The English template is also the key under which
 * the edges find the sentence in another language (as gettext does): the core writes plain English,
 * and whoever answers a citizen translates it into theirs.
 *
 * <p>An argument may itself be a phrase (a word such as "location" that is translated too); any
 * other argument is a value (a code, a number, a time) and is written as it is.
 */
public record Phrase(String template, List<Object> args) {
  public Phrase {
    Objects.requireNonNull(template, "template");
    args = List.copyOf(args);
  }

  /** The template with its arguments; a literal template in the source marks it for translation. */
  public static Phrase of(String template, Object... args) {
    return new Phrase(
        template, Arrays.stream(args).map(a -> a == null ? "null" : (Object) a).toList());
  }

  /** The sentence in English. */
  public String english() {
    return render(UnaryOperator.identity());
  }

  /**
   * The sentence with its template (and those of its phrase arguments) replaced by {@code
   * translate}, e.g. a lookup in a catalogue of another language.
   */
  public String render(UnaryOperator<String> translate) {
    String text = translate.apply(template);
    StringBuilder out = new StringBuilder(text.length() + 16);
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int close = c == '{' ? text.indexOf('}', i) : -1;
      if (close > i + 1 && isIndex(text, i + 1, close)) {
        int index = Integer.parseInt(text, i + 1, close, 10);
        out.append(index < args.size() ? argument(args.get(index), translate) : "");
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static String argument(Object arg, UnaryOperator<String> translate) {
    return arg instanceof Phrase phrase ? phrase.render(translate) : String.valueOf(arg);
  }

  private static boolean isIndex(String text, int from, int to) {
    if (to - from > 2) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (!Character.isDigit(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return english();
  }
}
