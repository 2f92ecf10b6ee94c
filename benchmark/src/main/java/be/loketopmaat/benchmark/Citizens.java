package be.loketopmaat.benchmark;

import java.util.concurrent.atomic.AtomicLong;

/** Distinct, valid national numbers, so that fair use (per citizen) never limits the load. */
final class Citizens {
  private final AtomicLong next = new AtomicLong();

  /**
   * Born in 1950-1999 on day 1..28 of a month, with a serial; the mod-97 check of births before
   * 2000.
   */
  String nextInsz() {
    long n = next.getAndIncrement();
    int serial = (int) (n % 998) + 1;
    long day = (n / 998) % 28 + 1;
    long month = (n / (998 * 28)) % 12 + 1;
    long year = 50 + (n / (998 * 28 * 12)) % 50;
    long first9 = ((year * 100 + month) * 100 + day) * 1000 + serial;
    long check = 97 - first9 % 97;
    return String.format("%09d%02d", first9, check);
  }
}
