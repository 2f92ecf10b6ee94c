package be.loketopmaat.application.service;

import be.loketopmaat.application.port.out.RegisterReads;
import be.loketopmaat.domain.citizen.NationalNumber;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The record of register reads, in memory, for the services' tests. */
final class InMemoryRegisterReads implements RegisterReads {
  private final List<Read> reads = new ArrayList<>();

  @Override
  public synchronized void record(Read read) {
    reads.add(read);
  }

  @Override
  public synchronized List<Read> of(NationalNumber person, int limit) {
    return reads.stream()
        .filter(r -> r.person().equals(person))
        .sorted(Comparator.comparing(Read::at).reversed())
        .limit(limit)
        .toList();
  }

  synchronized List<Read> all() {
    return List.copyOf(reads);
  }
}
