package be.loketopmaat.application.service;

import java.time.Duration;

/**
 * The counter's rules, from configuration.
 *
 * @param openMargin how long before opening and after closing check-in, tickets and calling still
 *     work
 * @param maxWaitingTicketsPerClient walk-in tickets one client may have waiting at a location
 */
public record CounterRules(Duration openMargin, int maxWaitingTicketsPerClient) {

  public CounterRules {
    if (openMargin.isNegative()) {
      throw new IllegalArgumentException("the counter's margin cannot be negative");
    }
    if (maxWaitingTicketsPerClient < 1) {
      throw new IllegalArgumentException("a client must be allowed at least one ticket");
    }
  }

  public static CounterRules defaults() {
    return new CounterRules(Duration.ofMinutes(15), 2);
  }
}
