package be.loketopmaat.adapters.rest.common;

import be.loketopmaat.domain.common.FieldViolation;
import be.loketopmaat.domain.common.InvalidInputException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds domain values from one request while collecting every violation under the JSON path of the
 * field that caused it, so that a client can correct all of its mistakes from one response.
 *
 * <p>Parts are built first, the aggregate last. A part that fails is passed on as null; the
 * aggregate then typically complains about that field as a whole ("name: is required"), which would
 * only repeat, less precisely, what was already said about it ("name.fr: is required"). Such
 * violations are dropped.
 *
 * <p>MapStruct cannot do this: it cannot tell which field a nested constructor refused.
 */
public final class RequestAssembly {
  private static final Pattern SCHEDULE_DAY = Pattern.compile("(^|\\.)days\\.([a-z]+)");

  private final List<FieldViolation> found = new ArrayList<>();

  /**
   * Reports a missing value that the domain cannot report itself (a primitive, a boolean with no
   * safe default).
   */
  public <T> T required(String path, T value) {
    if (value == null) {
      found.add(new FieldViolation(path, "is required"));
    }
    return value;
  }

  public void violation(String path, String template, Object... args) {
    found.add(new FieldViolation(path, template, args));
  }

  /**
   * A single value such as a code: whatever the domain says about it concerns the field itself. A
   * missing value is passed to the domain, which reports it as required.
   */
  /**
   * The code of a resource: a PUT names it in the path, which the body may leave out but not
   * contradict ({@code pathCode} null for a POST, where the body must carry it).
   */
  public <T> T code(String bodyCode, String pathCode, Function<String, T> construction) {
    String code = bodyCode;
    if (pathCode != null) {
      if (bodyCode != null && !bodyCode.equals(pathCode)) {
        violation("code", "must match the code in the path ('{0}') or be left out", pathCode);
      }
      code = pathCode;
    }
    return value("code", code, construction);
  }

  public <T> T value(String path, String raw, Function<String, T> construction) {
    try {
      return construction.apply(raw);
    } catch (InvalidInputException e) {
      add(e.violations().stream().map(v -> new FieldViolation(path, v.phrase())).toList());
      return null;
    }
  }

  /**
   * A composite part; its violations go under {@code path}. A missing (null) part is null, and no
   * violation.
   */
  public <S, T> T nested(String path, S source, Function<S, T> construction) {
    if (source == null) {
      return null;
    }
    return build(path, () -> construction.apply(source));
  }

  /**
   * Each element built under {@code path[i]}. Failed elements stay in the list as null so that the
   * aggregate's own messages about element {@code i} still point at the right one.
   */
  public <S, T> List<T> list(String path, List<S> sources, BiFunction<String, S, T> construction) {
    if (sources == null) {
      return null;
    }
    List<T> built = new ArrayList<>(sources.size());
    for (int i = 0; i < sources.size(); i++) {
      S source = sources.get(i);
      built.add(source == null ? null : construction.apply(path + "[" + i + "]", source));
    }
    return built;
  }

  /**
   * A set of enum constants; a null element (JSON {@code null} in the array) is refused by its
   * index.
   */
  public <E extends Enum<E>> Set<E> enums(String path, Collection<E> values, Class<E> type) {
    if (values == null) {
      return null;
    }
    EnumSet<E> set = EnumSet.noneOf(type);
    int i = 0;
    for (E value : values) {
      if (value == null) {
        found.add(new FieldViolation(path + "[" + i + "]", "is required"));
      } else {
        set.add(value);
      }
      i++;
    }
    return set;
  }

  /**
   * Runs a domain construction whose violations belong under {@code path} ("" for the request's
   * root), renamed from domain words to the API's field names.
   */
  public <T> T build(String path, Supplier<T> construction) {
    try {
      return construction.get();
    } catch (InvalidInputException e) {
      add(
          e.violations().stream()
              .map(v -> new FieldViolation(join(path, toJsonName(v.field())), v.phrase()))
              .toList());
      return null;
    }
  }

  /** Builds the aggregate last and throws when anything, in it or in its parts, was refused. */
  public <T> T finish(Supplier<T> construction) {
    T result = build("", construction);
    throwIfAny();
    return result;
  }

  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new InvalidInputException(found);
    }
  }

  private void add(List<FieldViolation> violations) {
    List<FieldViolation> before = List.copyOf(found);
    for (FieldViolation violation : violations) {
      if (before.stream().noneMatch(known -> coveredBy(violation.field(), known.field()))) {
        found.add(violation);
      }
    }
  }

  /** Whether {@code known} is the same field as {@code field}, or a part of it. */
  private static boolean coveredBy(String field, String known) {
    return known.equals(field)
        || field.isEmpty()
        || known.startsWith(field + ".")
        || known.startsWith(field + "[");
  }

  private static String join(String path, String field) {
    if (path.isEmpty()) {
      return field;
    }
    return field.isEmpty() ? path : path + "." + field;
  }

  /**
   * Where the API names a field differently from the domain: a duration is sent in minutes, and a
   * weekly schedule is a map of day names as in the reference data, not an object with {@code
   * days}.
   */
  static String toJsonName(String domainField) {
    String renamed = domainField.replace("deskDuration", "deskMinutes");
    Matcher day = SCHEDULE_DAY.matcher(renamed);
    StringBuilder out = new StringBuilder();
    while (day.find()) {
      String prefix = day.group(1);
      day.appendReplacement(
          out, Matcher.quoteReplacement(prefix + day.group(2).toUpperCase(java.util.Locale.ROOT)));
    }
    day.appendTail(out);
    return out.toString();
  }
}
