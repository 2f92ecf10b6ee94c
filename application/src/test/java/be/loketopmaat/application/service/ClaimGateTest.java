package be.loketopmaat.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.domain.location.LocationCode;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ClaimGateTest {
  private static final LocationCode HUB = new LocationCode("hub");
  private static final LocalDate DAY = LocalDate.of(2027, 3, 2);
  private final ClaimGate gate = new ClaimGate();
  private final ExecutorService threads = Executors.newCachedThreadPool();

  @Test
  void oneAtATimeForALocationsDayAndALoserLeavesTheQueueAsSoonAsItsSlotIsGone() throws Exception {
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<String> first =
        CompletableFuture.supplyAsync(
            () ->
                gate.through(
                    HUB,
                    DAY,
                    () -> true,
                    () -> {
                      inside.countDown();
                      await(release);
                      return "first";
                    }),
            threads);
    assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

    AtomicBoolean slotStillFree = new AtomicBoolean(true);
    AtomicBoolean loserRan = new AtomicBoolean();
    CompletableFuture<String> loser =
        CompletableFuture.supplyAsync(
            () ->
                gate.through(
                    HUB,
                    DAY,
                    slotStillFree::get,
                    () -> {
                      loserRan.set(true);
                      return "loser";
                    }),
            threads);
    CompletableFuture<String> patient =
        CompletableFuture.supplyAsync(
            () -> gate.through(HUB, DAY, () -> true, () -> "patient"), threads);
    String otherDay = gate.through(HUB, DAY.plusDays(1), () -> true, () -> "other day");

    Thread.sleep(100);
    assertThat(loser).isNotDone();
    assertThat(patient).isNotDone();
    assertThat(otherDay).as("another day does not wait").isEqualTo("other day");

    slotStillFree.set(false);
    assertThatThrownBy(() -> loser.get(2, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(SlotRequests.SlotGone.class);
    assertThat(loserRan).as("it never ran its work").isFalse();
    assertThat(patient).as("still queued behind the first").isNotDone();

    release.countDown();
    assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("first");
    assertThat(patient.get(5, TimeUnit.SECONDS)).isEqualTo("patient");
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
