package be.loketopmaat.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class BurstTest {

  @Test
  void everyClientSendsItsShareAndOnlyAnswersCountAsAnswered() throws Exception {
    Set<Integer> clients = ConcurrentHashMap.newKeySet();
    Benchmark.Burst burst =
        Benchmark.burst(
            30,
            4,
            (client, latencies) -> {
              clients.add(client);
              latencies.add(1_000_000);
              return switch (client % 3) {
                case 0 -> 201;
                case 1 -> 503;
                default -> -1;
              };
            });

    assertThat(clients).hasSize(30);
    assertThat(burst.requests()).isEqualTo(120);
    assertThat(burst.answered()).isEqualTo(80);
    assertThat(burst.fiveXx()).isEqualTo(40);
    assertThat(burst.latencies().count()).isEqualTo(120);
    assertThat(burst.answeredPerSecond()).isEqualTo(80 / burst.seconds());
  }
}
