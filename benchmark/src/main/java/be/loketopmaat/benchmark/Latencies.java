package be.loketopmaat.benchmark;

import java.util.Arrays;

/** Latencies of one measurement, in nanoseconds, kept whole so that percentiles are exact. */
final class Latencies {
  private long[] values = new long[1024];
  private int size;

  synchronized void add(long nanos) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = nanos;
  }

  synchronized int count() {
    return size;
  }

  /** The value below which {@code percent} of the measurements fall (nearest rank). */
  synchronized double percentileMillis(double percent) {
    if (size == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(percent / 100.0 * size);
    return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1_000_000.0;
  }

  double medianMillis() {
    return percentileMillis(50);
  }

  double p99Millis() {
    return percentileMillis(99);
  }

  String summary() {
    return String.format(
        java.util.Locale.ROOT,
        "median %.2f ms, p99 %.2f ms (n=%d)",
        medianMillis(),
        p99Millis(),
        count());
  }

  /** Median and p99 alone, for the report's table. */
  String brief() {
    return String.format(
        java.util.Locale.ROOT, "median %.1f ms, p99 %.1f ms", medianMillis(), p99Millis());
  }
}
