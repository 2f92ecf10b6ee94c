package be.loketopmaat.application.service;

import be.loketopmaat.application.port.out.federal.ExpiringCards;
import be.loketopmaat.application.port.out.federal.SystemUnavailableException;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.renewal.ExpiringCard;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The register's list of expiring cards, in memory; it can be down for a number of pages. */
final class FakeExpiringCards implements ExpiringCards {
  final List<ExpiringCard> cards = new ArrayList<>();
  int pagesAsked;
  private int downAfterPages = -1;

  /** Answers {@code pages} pages, then is down until {@link #comeBack}. */
  synchronized void goDownAfter(int pages) {
    downAfterPages = pages;
  }

  synchronized void comeBack() {
    downAfterPages = -1;
  }

  @Override
  public synchronized List<ExpiringCard> expiring(
      LocalDate from, LocalDate to, NationalNumber after, int limit) {
    if (downAfterPages >= 0 && pagesAsked >= downAfterPages) {
      throw new SystemUnavailableException("fake register", "down on request of the test");
    }
    pagesAsked++;
    return cards.stream()
        .filter(c -> !c.validUntil().isBefore(from) && !c.validUntil().isAfter(to))
        .filter(c -> after == null || c.insz().digits().compareTo(after.digits()) > 0)
        .sorted(Comparator.comparing(c -> c.insz().digits()))
        .limit(limit)
        .toList();
  }
}
