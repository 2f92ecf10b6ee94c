package be.loketopmaat.domain.kiosk;

import be.loketopmaat.domain.location.LocationCode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The monthly evaluation of the kiosk sites from the usage log, the question the Berchem pilot
 * answered by hand: per site, its sessions, its documents by kind, its share of all kiosk sessions,
 * the time its kiosks were down, and whether to keep it (at least the city's threshold of sessions
 * in the month) or retire it.
 */
public final class KioskEvaluation {
  private KioskEvaluation() {}

  public enum Recommendation {
    KEEP,
    RETIRE
  }

  /**
   * One site's month. {@code documents} counts attests by model, PIN/PUK requests ({@code
   * PIN_CODES}) and tickets ({@code TICKET}); {@code share} is of all kiosk sessions, 0 to 1.
   */
  public record SiteMonth(
      LocationCode site,
      int kiosks,
      long sessions,
      Map<String, Long> documents,
      double share,
      Duration downtime,
      Recommendation recommendation) {
    public SiteMonth {
      documents = Map.copyOf(documents);
    }
  }

  /**
   * The sites of {@code kiosks}, by code. {@code events} are the log's lines of the month, oldest
   * first; a kiosk is down from an {@code OFFLINE} or {@code FAULT} line to its next {@code
   * ONLINE}, or to the end of the month (or {@code now}, if sooner).
   */
  public static List<SiteMonth> evaluate(
      YearMonth month,
      List<Kiosk> kiosks,
      List<KioskEvent> events,
      long keepThreshold,
      LocalDateTime now) {
    Objects.requireNonNull(month, "month");
    LocalDateTime start = month.atDay(1).atStartOfDay();
    LocalDateTime end = month.plusMonths(1).atDay(1).atStartOfDay();
    LocalDateTime until = now.isBefore(end) ? now : end;
    Map<LocationCode, Integer> kiosksAt = new TreeMap<>(Comparator.comparing(LocationCode::value));
    for (Kiosk kiosk : kiosks) {
      kiosksAt.merge(kiosk.location(), 1, Integer::sum);
    }
    Map<LocationCode, Long> sessions = new HashMap<>();
    Map<LocationCode, Map<String, Long>> documents = new HashMap<>();
    Map<LocationCode, Duration> downtime = new HashMap<>();
    Map<UUID, LocalDateTime> downSince = new HashMap<>();
    Map<UUID, LocationCode> siteOf = new HashMap<>();
    long all = 0;
    for (KioskEvent event : events) {
      if (event.at().isBefore(start) || !event.at().isBefore(end)) {
        continue;
      }
      LocationCode site = event.location();
      siteOf.put(event.kiosk(), site);
      kiosksAt.putIfAbsent(site, 0);
      switch (event.kind()) {
        case SESSION_OPENED -> {
          sessions.merge(site, 1L, Long::sum);
          all++;
        }
        case DOCUMENT_PRINTED -> count(documents, site, documentKind(event.detail()));
        case PIN_CODES_REQUESTED -> count(documents, site, "PIN_CODES");
        case TICKET_PRINTED -> count(documents, site, "TICKET");
        case OFFLINE, FAULT -> downSince.putIfAbsent(event.kiosk(), event.at());
        case ONLINE -> {
          LocalDateTime since = downSince.remove(event.kiosk());
          if (since != null) {
            downtime.merge(site, Duration.between(since, event.at()), Duration::plus);
          }
        }
        default -> {
          // sessions ended and failed logins count for nothing here
        }
      }
    }
    for (Map.Entry<UUID, LocalDateTime> stillDown : downSince.entrySet()) {
      if (stillDown.getValue().isBefore(until)) {
        downtime.merge(
            siteOf.get(stillDown.getKey()),
            Duration.between(stillDown.getValue(), until),
            Duration::plus);
      }
    }
    List<SiteMonth> sites = new ArrayList<>();
    for (Map.Entry<LocationCode, Integer> site : kiosksAt.entrySet()) {
      long count = sessions.getOrDefault(site.getKey(), 0L);
      sites.add(
          new SiteMonth(
              site.getKey(),
              site.getValue(),
              count,
              documents.getOrDefault(site.getKey(), Map.of()),
              all == 0 ? 0 : (double) count / all,
              downtime.getOrDefault(site.getKey(), Duration.ZERO),
              count >= keepThreshold ? Recommendation.KEEP : Recommendation.RETIRE));
    }
    return sites;
  }

  private static void count(
      Map<LocationCode, Map<String, Long>> documents, LocationCode site, String kind) {
    documents.computeIfAbsent(site, s -> new TreeMap<>()).merge(kind, 1L, Long::sum);
  }

  /** {@code attest MAIN_RESIDENCE} is a MAIN_RESIDENCE, {@code extract BIRTH_ACT_EXTRACT} so. */
  private static String documentKind(String detail) {
    if (detail == null || detail.isBlank()) {
      return "DOCUMENT";
    }
    if (detail.startsWith("extract ")) {
      return detail.substring("extract ".length());
    }
    return detail.startsWith("attest ") ? detail.substring("attest ".length()) : detail;
  }
}
