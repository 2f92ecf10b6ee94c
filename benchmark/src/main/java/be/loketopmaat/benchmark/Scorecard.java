package be.loketopmaat.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report's table: each measure with the baseline it is compared with, both taken in the same
 * run, the ratio between them and, where there is one, the target and whether it was met. A ratio
 * of two figures measured minutes apart on the same shared machine says more than either figure
 * alone.
 */
final class Scorecard {
  record Row(
      String measure, String value, String baseline, String ratio, String target, String verdict) {}

  private final List<Row> rows = new ArrayList<>();

  /** {@code value} as a share of {@code baseline}; the target, if not null, is a least share. */
  void share(String measure, String value, String baseline, double share, Double atLeast) {
    rows.add(
        new Row(
            measure,
            value,
            baseline,
            percent(share),
            atLeast == null ? "(reported)" : "≥ " + percent(atLeast),
            atLeast == null ? "" : verdict(share >= atLeast)));
  }

  /** {@code value} as a multiple of {@code baseline}, reported without a target. */
  void factor(String measure, String value, String baseline, double factor) {
    rows.add(
        new Row(
            measure,
            value,
            baseline,
            String.format(Locale.ROOT, "× %.1f", factor),
            "(reported)",
            ""));
  }

  /** A count that must stay at zero. */
  void zero(String measure, long count) {
    rows.add(new Row(measure, String.valueOf(count), "", "", "0", verdict(count == 0)));
  }

  /** An absolute ceiling, for the one target the project set before ratios (not a ratio). */
  void atMost(String measure, String value, double measured, double ceiling, String target) {
    rows.add(new Row(measure, value, "", "", target + " (absolute)", verdict(measured <= ceiling)));
  }

  List<String> markdown() {
    List<String> lines = new ArrayList<>();
    lines.add("| measure | measured | baseline (same run) | ratio | target | verdict |");
    lines.add("| --- | --- | --- | --- | --- | --- |");
    for (Row row : rows) {
      lines.add(
          "| "
              + String.join(
                  " | ",
                  row.measure(),
                  row.value(),
                  row.baseline(),
                  row.ratio(),
                  row.target(),
                  row.verdict())
              + " |");
    }
    return lines;
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, share < 0.1 ? "%.1f%%" : "%.0f%%", 100 * share);
  }

  private static String verdict(boolean met) {
    return met ? "met" : "**missed**";
  }
}
