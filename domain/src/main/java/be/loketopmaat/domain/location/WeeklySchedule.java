package be.loketopmaat.domain.location;

import be.loketopmaat.domain.common.Violations;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The regular opening hours of a week: several windows a day, none overlapping. */
public record WeeklySchedule(Map<DayOfWeek, List<TimeWindow>> days) {
  public WeeklySchedule {
    Violations violations = new Violations();
    EnumMap<DayOfWeek, List<TimeWindow>> normalized = new EnumMap<>(DayOfWeek.class);
    if (days != null) {
      days.forEach(
          (day, windows) -> {
            String field = "days." + day.name().toLowerCase(Locale.ROOT);
            if (day == null || windows == null) {
              violations.require(false, field, "is required");
              return;
            }
            List<TimeWindow> sorted = new ArrayList<>(windows);
            violations.require(!sorted.contains(null), field, "must not contain empty windows");
            sorted.removeIf(w -> w == null);
            Collections.sort(sorted);
            for (int i = 1; i < sorted.size(); i++) {
              violations.require(
                  !sorted.get(i - 1).overlaps(sorted.get(i)), field, "windows must not overlap");
            }
            if (!sorted.isEmpty()) {
              normalized.put(day, List.copyOf(sorted));
            }
          });
    }
    violations.throwIfAny();
    days = Collections.unmodifiableMap(normalized);
  }

  public static WeeklySchedule closed() {
    return new WeeklySchedule(Map.of());
  }

  public List<TimeWindow> on(DayOfWeek day) {
    return days.getOrDefault(day, List.of());
  }

  public boolean isEmpty() {
    return days.isEmpty();
  }
}
