package be.loketopmaat.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.application.port.out.federal.FederalOutbox;
import be.loketopmaat.application.port.out.federal.FederalOutbox.Call;
import be.loketopmaat.domain.population.NisCode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A batch's calls about different subjects go out at once, on as many threads as the settings
 * allow, while the calls about one subject keep their order and never overlap.
 */
class FederalSyncParallelTest {
  final AppointmentTestKit.MutableClock clock =
      new AppointmentTestKit.MutableClock(LocalDateTime.of(2026, 12, 4, 9, 0));
  final InMemoryDocuments documents = new InMemoryDocuments();
  final SlowSender sender = new SlowSender();

  FederalSync sync(int parallelism) {
    return new FederalSync(
        new IdentityDocumentsTest.FakeProduction(),
        new FakeLicenceRegister(),
        documents,
        documents,
        documents,
        new InMemoryOutbox(),
        new InMemoryProducts(),
        new InMemoryLocations(),
        documents,
        attempts -> Duration.ZERO,
        new FederalSync.Settings(
            NisCode.ANTWERP,
            100,
            Duration.ofMinutes(5),
            3,
            FederalSync.DRIVING_LICENCE_PRODUCT,
            parallelism),
        clock,
        new ManagementLinks(AppointmentTestKit.PUBLIC_URL),
        List.of(sender));
  }

  List<UUID> queueTwoCallsEachAbout(int subjects) {
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < subjects; i++) {
      ids.add(UUID.randomUUID());
    }
    for (UUID id : ids) {
      documents.enqueue(Call.LOAD_VISIT, id, LocalDateTime.now(clock));
    }
    for (UUID id : ids) {
      documents.enqueue(Call.UNLOAD_VISIT, id, LocalDateTime.now(clock));
    }
    return ids;
  }

  @Test
  void subjectsGoOutAtOnceAndEachSubjectsCallsInOrder() {
    List<UUID> subjects = queueTwoCallsEachAbout(8);

    assertThat(sync(4).sendDue()).isEqualTo(16);

    assertThat(sender.mostAtOnce.get()).isBetween(2, 4);
    assertThat(sender.sameSubjectOverlaps.get()).isZero();
    for (UUID subject : subjects) {
      assertThat(sender.sent)
          .filteredOn(s -> s.subject().equals(subject))
          .extracting(FederalOutbox.Entry::call)
          .containsExactly(Call.LOAD_VISIT, Call.UNLOAD_VISIT);
    }
    assertThat(documents.count(FederalOutbox.Status.DONE)).isEqualTo(16);
  }

  @Test
  void oneThreadSendsOneCallAtATimeInTheOrderClaimed() {
    queueTwoCallsEachAbout(3);

    assertThat(sync(1).sendDue()).isEqualTo(6);

    assertThat(sender.mostAtOnce.get()).isEqualTo(1);
    assertThat(sender.sent)
        .extracting(FederalOutbox.Entry::call)
        .containsExactly(
            Call.LOAD_VISIT,
            Call.LOAD_VISIT,
            Call.LOAD_VISIT,
            Call.UNLOAD_VISIT,
            Call.UNLOAD_VISIT,
            Call.UNLOAD_VISIT);
  }

  /** Takes a while over each call, counting how many run at once, overall and per subject. */
  final class SlowSender implements OutboxCallSender {
    final List<FederalOutbox.Entry> sent = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger running = new AtomicInteger();
    final AtomicInteger mostAtOnce = new AtomicInteger();
    final AtomicInteger sameSubjectOverlaps = new AtomicInteger();
    final Set<UUID> busy = ConcurrentHashMap.newKeySet();

    @Override
    public Set<Call> calls() {
      return Set.of(Call.LOAD_VISIT, Call.UNLOAD_VISIT);
    }

    @Override
    public void send(FederalOutbox.Entry entry, int attempts) {
      if (!busy.add(entry.subject())) {
        sameSubjectOverlaps.incrementAndGet();
      }
      mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
      try {
        Thread.sleep(30);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      sent.add(entry);
      running.decrementAndGet();
      busy.remove(entry.subject());
      documents.markDone(entry.id(), attempts);
    }
  }
}
