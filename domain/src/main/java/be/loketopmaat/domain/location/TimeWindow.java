package be.loketopmaat.domain.location;

import be.loketopmaat.domain.common.Violations;
import java.time.LocalTime;

/** A stretch of one day, start inclusive, end exclusive. */
public record TimeWindow(LocalTime start, LocalTime end) implements Comparable<TimeWindow> {
  public TimeWindow {
    Violations violations =
        new Violations().requireNonNull(start, "start").requireNonNull(end, "end");
    violations.throwIfAny();
    violations.require(start.isBefore(end), "end", "must be after start");
    violations.throwIfAny();
  }

  public static TimeWindow of(String start, String end) {
    return new TimeWindow(LocalTime.parse(start), LocalTime.parse(end));
  }

  public boolean overlaps(TimeWindow other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }

  /** Whether this window touches or overlaps the other, so that the two can be merged into one. */
  public boolean touches(TimeWindow other) {
    return !start.isAfter(other.end) && !other.start.isAfter(end);
  }

  public TimeWindow union(TimeWindow other) {
    return new TimeWindow(
        start.isBefore(other.start) ? start : other.start,
        end.isAfter(other.end) ? end : other.end);
  }

  @Override
  public int compareTo(TimeWindow other) {
    int byStart = start.compareTo(other.start);
    return byStart != 0 ? byStart : end.compareTo(other.end);
  }
}
