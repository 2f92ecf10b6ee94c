package be.loketopmaat.domain.counter;

import be.loketopmaat.domain.appointment.DeskTime;
import be.loketopmaat.domain.calendar.OpenWindow;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.common.ConflictException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

/**
 * Whether one more walk-in can still be served today, and about how long it will wait: the free
 * time left on the desks that can serve it (open time ahead, less appointments, holds and blocks),
 * less what the walk-ins already waiting for those desks will take; the service time measured on
 * the day's served tickets once there are enough of them, else the product's nominal desk time.
 */
public final class WalkInCapacity {
  /** Served tickets needed before their measured time replaces the nominal one. */
  public static final int MIN_SAMPLES = 3;

  private WalkInCapacity() {}

  /** A desk's free time in the open stretches ahead: what no appointment, hold or block takes. */
  public static Duration freeTime(
      List<OpenWindow> ahead, String desk, Collection<DeskTime> taken, LocalDateTime now) {
    Duration free = Duration.ZERO;
    for (OpenWindow window : ahead) {
      LocalDateTime from = window.date().atTime(window.start());
      LocalDateTime to = window.date().atTime(window.end());
      Duration open = Duration.between(from, to);
      for (DeskTime time : taken) {
        if (time.desk().equals(desk) && time.takenAt(now) && time.overlaps(from, to)) {
          LocalDateTime start = time.start().isAfter(from) ? time.start() : from;
          LocalDateTime end = time.end().isBefore(to) ? time.end() : to;
          open = open.minus(Duration.between(start, end));
        }
      }
      free = free.plus(open.isNegative() ? Duration.ZERO : open);
    }
    return free;
  }

  /**
   * How long a ticket for this product takes at the desk: the mean of the day's served tickets for
   * it, when there are {@link #MIN_SAMPLES}; else the mean of all the day's served tickets, when
   * there are enough; else the nominal time.
   */
  public static Duration serviceTime(ProductCode product, List<Ticket> today, Duration nominal) {
    List<Duration> same =
        today.stream()
            .filter(t -> t.product().equals(product))
            .map(Ticket::serviceTime)
            .flatMap(java.util.Optional::stream)
            .toList();
    if (same.size() >= MIN_SAMPLES) {
      return mean(same);
    }
    List<Duration> all =
        today.stream().map(Ticket::serviceTime).flatMap(java.util.Optional::stream).toList();
    return all.size() >= MIN_SAMPLES ? mean(all) : nominal;
  }

  /**
   * Refuses a ticket that the day's remaining capacity cannot serve.
   *
   * @param free the free time left today on the desks that can serve it
   * @param queued what the walk-ins already waiting for those desks will take
   * @param needed this ticket's service time
   */
  public static void requireRoom(Duration free, Duration queued, Duration needed) {
    if (free.minus(queued).compareTo(needed) < 0) {
      throw new ConflictException(
          "queue-full",
          "the desks that serve this cannot take more walk-ins today; book an appointment or come"
              + " back on another day");
    }
  }

  /** The wait for {@code ahead} walk-ins of {@code each} shared by {@code desks} desks. */
  public static Duration estimatedWait(Duration queued, int desks) {
    return queued.dividedBy(Math.max(1, desks));
  }

  private static Duration mean(List<Duration> durations) {
    Duration sum = durations.stream().reduce(Duration.ZERO, Duration::plus);
    return sum.dividedBy(durations.size());
  }
}
