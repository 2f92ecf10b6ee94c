package be.loketopmaat.bootstrap;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/** The counter's rules, under {@code loket.counter}; see the README for each setting. */
@ConfigurationProperties("loket.counter")
public class CounterConfiguration {
  private Duration openMargin = Duration.ofMinutes(15);
  private int maxWaitingTicketsPerClient = 2;

  public Duration getOpenMargin() {
    return openMargin;
  }

  public void setOpenMargin(Duration openMargin) {
    this.openMargin = openMargin;
  }

  public int getMaxWaitingTicketsPerClient() {
    return maxWaitingTicketsPerClient;
  }

  public void setMaxWaitingTicketsPerClient(int maxWaitingTicketsPerClient) {
    this.maxWaitingTicketsPerClient = maxWaitingTicketsPerClient;
  }
}
