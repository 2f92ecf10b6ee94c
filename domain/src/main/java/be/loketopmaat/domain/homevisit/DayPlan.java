package be.loketopmaat.domain.homevisit;

import be.loketopmaat.domain.location.Address;
import be.loketopmaat.domain.location.TimeWindow;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One mobile team's day: the visits that take its time, in order, and the travel between them. Each
 * of the team's time windows that day starts and ends at its base, so a visit fits a window when
 * the team can drive to it from the stop before (the base at the window's start), stay its minutes,
 * and drive on to the next stop in time (the base by the window's end). Starts are on a five-minute
 * grid.
 */
public record DayPlan(MobileTeam team, Address base, LocalDate day, List<HomeVisit> visits) {

  /** A visit on the route, and the minutes of travel to it from the stop before. */
  public record Stop(HomeVisit visit, int travelMinutes) {}

  /** One window of the team's day with its stops, and the minutes back to the base at its end. */
  public record Leg(TimeWindow window, List<Stop> stops, int returnMinutes) {}

  public DayPlan {
    Objects.requireNonNull(team, "team");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(day, "day");
    visits =
        visits.stream()
            .filter(HomeVisit::takesTime)
            .sorted(Comparator.comparing(HomeVisit::start))
            .toList();
  }

  /** The team's windows on this day (none on a day it does not go out). */
  public List<TimeWindow> windows() {
    return team.hours().on(day.getDayOfWeek());
  }

  /**
   * The earliest start, not before {@code notBefore}, at which a visit of {@code minutes} to {@code
   * at} fits between the others; empty when the day is full.
   */
  public Optional<LocalTime> firstFit(
      Address at, int minutes, LocalTime notBefore, TravelTimes travel) {
    for (TimeWindow window : windows()) {
      Address previous = base;
      LocalTime free = window.start();
      for (HomeVisit next : within(window)) {
        Optional<LocalTime> start =
            gap(previous, free, at, minutes, next.address(), next.start(), notBefore, travel);
        if (start.isPresent()) {
          return start;
        }
        previous = next.address();
        free = next.end();
      }
      Optional<LocalTime> start =
          gap(previous, free, at, minutes, base, window.end(), notBefore, travel);
      if (start.isPresent()) {
        return start;
      }
    }
    return Optional.empty();
  }

  /** Whether a visit of {@code minutes} to {@code at} can start at {@code start}. */
  public boolean fits(LocalTime start, Address at, int minutes, TravelTimes travel) {
    if (start.getMinute() % 5 != 0 || start.getSecond() != 0 || start.getNano() != 0) {
      return false;
    }
    for (TimeWindow window : windows()) {
      if (start.isBefore(window.start()) || !start.isBefore(window.end())) {
        continue;
      }
      Address previous = base;
      LocalTime free = window.start();
      for (HomeVisit next : within(window)) {
        if (next.start().isAfter(start)) {
          return gap(previous, free, at, minutes, next.address(), next.start(), start, travel)
              .filter(start::equals)
              .isPresent();
        }
        previous = next.address();
        free = next.end();
      }
      return gap(previous, free, at, minutes, base, window.end(), start, travel)
          .filter(start::equals)
          .isPresent();
    }
    return false;
  }

  /** The day as the team drives it: per window, its stops with travel, and the way back. */
  public List<Leg> route(TravelTimes travel) {
    List<Leg> legs = new ArrayList<>();
    for (TimeWindow window : windows()) {
      List<Stop> stops = new ArrayList<>();
      Address previous = base;
      for (HomeVisit visit : within(window)) {
        stops.add(new Stop(visit, travel.minutes(previous, visit.address())));
        previous = visit.address();
      }
      legs.add(new Leg(window, List.copyOf(stops), travel.minutes(previous, base)));
    }
    return List.copyOf(legs);
  }

  private List<HomeVisit> within(TimeWindow window) {
    return visits.stream()
        .filter(v -> !v.start().isBefore(window.start()) && v.start().isBefore(window.end()))
        .toList();
  }

  /**
   * The earliest start in the gap between leaving {@code from} at {@code free} and having to be at
   * {@code to} by {@code due}, not before {@code notBefore}.
   */
  private static Optional<LocalTime> gap(
      Address from,
      LocalTime free,
      Address at,
      int minutes,
      Address to,
      LocalTime due,
      LocalTime notBefore,
      TravelTimes travel) {
    int earliest = minuteOfDay(free) + travel.minutes(from, at);
    earliest = Math.max(earliest, minuteOfDay(notBefore));
    earliest = (earliest + 4) / 5 * 5;
    int latestEnd = minuteOfDay(due) - travel.minutes(at, to);
    if (earliest + minutes > latestEnd || earliest + minutes >= 24 * 60) {
      return Optional.empty();
    }
    return Optional.of(LocalTime.of(earliest / 60, earliest % 60));
  }

  private static int minuteOfDay(LocalTime time) {
    return time.getHour() * 60 + time.getMinute() + (time.getSecond() > 0 ? 1 : 0);
  }
}
