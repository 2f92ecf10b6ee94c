package be.loketopmaat.application.service;

import static be.loketopmaat.application.service.AppointmentTestKit.AN;
import static be.loketopmaat.application.service.AppointmentTestKit.HUB;
import static be.loketopmaat.application.service.AppointmentTestKit.MONDAY;
import static be.loketopmaat.application.service.AppointmentTestKit.PUBLIC_URL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.BookAppointmentUseCase.Direct;
import be.loketopmaat.application.port.in.EidRenewalUseCase.Confirmation;
import be.loketopmaat.application.port.in.EidRenewalUseCase.RunSummary;
import be.loketopmaat.application.port.in.FindSlotsUseCase.Mode;
import be.loketopmaat.application.port.in.FindSlotsUseCase.SlotQuery;
import be.loketopmaat.application.port.in.What;
import be.loketopmaat.domain.Fixtures;
import be.loketopmaat.domain.appointment.FreeSlot;
import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.location.Address;
import be.loketopmaat.domain.notification.Message;
import be.loketopmaat.domain.notification.MessageKind;
import be.loketopmaat.domain.population.PersonName;
import be.loketopmaat.domain.renewal.DueRule;
import be.loketopmaat.domain.renewal.ExpiringCard;
import be.loketopmaat.domain.renewal.KeptSlotCap;
import be.loketopmaat.domain.renewal.Summons;
import be.loketopmaat.domain.renewal.SummonsOutcome;
import be.loketopmaat.domain.renewal.SummonsReason;
import be.loketopmaat.domain.renewal.SummonsState;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Proactive eID renewal on the booking core of the test kit with in-memory out-ports: the hub (one
 * identity desk, weekdays) is the location near home; the window is the week of Monday 14 to Friday
 * 18 December 2026, one kept slot a day.
 */
class EidRenewalServiceTest {
  static final Pattern TOKEN = Pattern.compile("/summons/([A-Za-z0-9_-]{32})/confirm");
  static final Address HOME = new Address("Hoofdstraat 9", "2000", "Antwerpen");

  private final AppointmentTestKit kit = new AppointmentTestKit();
  private final FakeExpiringCards cards = new FakeExpiringCards();
  private final InMemorySummons summonses = new InMemorySummons();
  private final InMemoryRegisterReads reads = new InMemoryRegisterReads();
  private final EidRenewalService service =
      new EidRenewalService(
          new EidRenewalService.Ports(
              cards,
              reads,
              summonses,
              kit.store,
              kit.store,
              kit.documents,
              kit.store,
              kit.locations,
              kit.products,
              Fixtures::city,
              kit.store.outbox,
              kit.store),
          kit.bookings,
          new ManagementLinks(PUBLIC_URL),
          kit.rules,
          new EidRenewalSettings(
              new DueRule(Period.ofDays(90)),
              21,
              25,
              3,
              KeptSlotCap.perDay(1),
              new ProductCode("eid-application"),
              1),
          kit.clock);

  static NationalNumber holder(int i) {
    long first9 = 750_101_000L + i;
    return NationalNumber.of(String.format("%09d%02d", first9, 97 - first9 % 97));
  }

  static ExpiringCard card(NationalNumber insz, String email) {
    return new ExpiringCard(
        insz,
        "59200000" + insz.digits().substring(7),
        MONDAY.plusDays(60),
        new PersonName("Holder", insz.digits()),
        HOME,
        Language.EN,
        email,
        null);
  }

  private void due(int count) {
    for (int i = 0; i < count; i++) {
      cards.cards.add(card(holder(i), "holder" + i + "@example.be"));
    }
  }

  private List<Message> messages(MessageKind kind) {
    return kit.store.outbox.messages.stream().filter(m -> m.kind() == kind).toList();
  }

  private String tokenOf(Message summons) {
    Matcher matcher = TOKEN.matcher(summons.body());
    assertThat(matcher.find()).as(summons.body()).isTrue();
    return matcher.group(1);
  }

  @Test
  void aRunKeepsOneSlotADayForTheFirstAndInvitesTheRestAndASecondRunKeepsNothingTwice() {
    due(7);
    RunSummary run = service.run(MONDAY, "staff-1");

    assertThat(run.complete()).isTrue();
    assertThat(run.kept()).isEqualTo(5);
    assertThat(run.invited()).isEqualTo(2);
    List<Summons> decided = service.decisions(MONDAY, SummonsOutcome.KEPT, 100);
    assertThat(decided)
        .extracting(s -> s.slot().start().toLocalDate())
        .containsExactlyInAnyOrder(
            LocalDate.of(2026, 12, 14),
            LocalDate.of(2026, 12, 15),
            LocalDate.of(2026, 12, 16),
            LocalDate.of(2026, 12, 17),
            LocalDate.of(2026, 12, 18));
    assertThat(decided)
        .allSatisfy(s -> assertThat(s.keptUntil()).isEqualTo(s.slot().start().minusDays(3)));
    assertThat(service.decisions(MONDAY, SummonsOutcome.INVITED, 100))
        .extracting(Summons::reason)
        .containsOnly(SummonsReason.NO_SLOT);
    assertThat(messages(MessageKind.EID_SUMMONS)).hasSize(5);
    assertThat(messages(MessageKind.EID_INVITATION)).hasSize(2);
    assertThat(kit.store.holds).hasSize(5);
    assertThat(reads.of(holder(0), 10))
        .extracting(r -> r.purpose())
        .containsExactly(EidRenewalService.PURPOSE);

    RunSummary again = service.run(MONDAY.plusDays(1), "staff-1");
    assertThat(again.kept()).isZero();
    assertThat(again.invited()).isZero();
    assertThat(again.alreadySummoned()).isEqualTo(7);
    assertThat(kit.store.holds).hasSize(5);
    assertThat(kit.store.outbox.messages).hasSize(7);
  }

  @Test
  void anOpenEidAppointmentSkipsTheHolderAndNoContactMeansALetter() {
    LocalDateTime start = MONDAY.plusDays(1).atTime(10, 0);
    kit.booking.book(
        new Direct(
            new What(List.of(new ProductCode("eid-application")), 1, null),
            HUB,
            start,
            AN,
            Channel.E_COUNTER,
            "client",
            null));
    cards.cards.add(card(AN.insz(), "an@example.be"));
    cards.cards.add(card(holder(1), null));

    RunSummary run = service.run(MONDAY, "schedule");
    assertThat(run.skipped()).isEqualTo(1);
    assertThat(run.byPost()).isEqualTo(1);
    assertThat(run.kept()).isZero();
    List<Summons> decided = service.decisions(MONDAY, null, 10);
    assertThat(decided)
        .extracting(Summons::reason)
        .containsExactlyInAnyOrder(SummonsReason.APPOINTMENT_OPEN, SummonsReason.BY_POST);
    assertThat(decided)
        .filteredOn(s -> s.reason() == SummonsReason.BY_POST)
        .extracting(Summons::residence)
        .containsExactly(HOME);
    assertThat(messages(MessageKind.EID_INVITATION)).isEmpty();

    // The next day the skip is decided again (the appointment may be gone), the letter is not.
    RunSummary next = service.run(MONDAY.plusDays(1), "schedule");
    assertThat(next.skipped()).isEqualTo(1);
    assertThat(next.alreadySummoned()).isEqualTo(1);
  }

  @Test
  void aConfirmationBooksTheKeptSlotOnceAndAReleaseFreesItAtOnce() {
    due(2);
    service.run(MONDAY, "schedule");
    List<Message> sent = messages(MessageKind.EID_SUMMONS);
    String first = tokenOf(sent.get(0));
    String second = tokenOf(sent.get(1));

    Confirmation confirmed = service.confirm(first);
    assertThat(confirmed.appointment().bookedVia()).isEqualTo(Channel.AUTOMATE);
    assertThat(confirmed.summons().state()).isEqualTo(SummonsState.CONFIRMED);
    assertThat(kit.store.appointments).hasSize(1);
    assertThat(messages(MessageKind.CONFIRMATION)).hasSize(1);
    assertThatThrownBy(() -> service.confirm(first))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo("summons-confirmed"));
    assertThat(kit.store.appointments).hasSize(1);

    Summons kept = service.view(second);
    assertThat(freeAt(kept)).isFalse();
    assertThat(service.release(second).state()).isEqualTo(SummonsState.RELEASED);
    assertThat(freeAt(kept)).isTrue();
    assertThatThrownBy(() -> service.confirm(second)).isInstanceOf(ConflictException.class);

    assertThatThrownBy(() -> service.confirm("A".repeat(32))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> service.release("not a token")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void aKeptSlotNobodyConfirmedLapsesIsGivenBackAndItsHolderTold() {
    due(1);
    service.run(MONDAY, "schedule");
    String token = tokenOf(messages(MessageKind.EID_SUMMONS).get(0));
    Summons kept = service.view(token);

    kit.clock.set(kept.keptUntil().minusMinutes(1));
    assertThat(service.releaseLapsed()).isZero();
    kit.clock.set(kept.keptUntil());
    assertThatThrownBy(() -> service.confirm(token))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.reason()).isEqualTo("summons-lapsed"));
    assertThat(service.releaseLapsed()).isEqualTo(1);
    assertThat(service.view(token).state()).isEqualTo(SummonsState.LAPSED);
    assertThat(messages(MessageKind.EID_SLOT_RELEASED)).hasSize(1);
    assertThat(freeAt(kept)).isTrue();
    assertThat(service.releaseLapsed()).isZero();
    assertThat(messages(MessageKind.EID_SLOT_RELEASED)).hasSize(1);
  }

  @Test
  void theRegisterGoingDownStopsTheRunAndTheNextOneGoesOn() {
    for (int i = 0; i < EidRenewalService.PAGE + 3; i++) {
      cards.cards.add(card(holder(i), null)); // letters: quick to decide
    }
    cards.goDownAfter(1);
    RunSummary stopped = service.run(MONDAY, "schedule");
    assertThat(stopped.complete()).isFalse();
    assertThat(stopped.stoppedBecause()).contains("down on request of the test");
    assertThat(stopped.byPost()).isEqualTo(EidRenewalService.PAGE);

    cards.comeBack();
    RunSummary next = service.run(MONDAY, "schedule");
    assertThat(next.complete()).isTrue();
    assertThat(next.byPost()).isEqualTo(3);
    assertThat(next.alreadySummoned()).isEqualTo(EidRenewalService.PAGE);
  }

  /** Whether the public search shows the kept summons' slot free. */
  private boolean freeAt(Summons summons) {
    LocalDate day = summons.slot().start().toLocalDate();
    return kit
        .search
        .findSlots(
            new SlotQuery(
                List.of(new ProductCode("eid-application")),
                1,
                Mode.PROXIMITY,
                List.of(HUB),
                false,
                false,
                day,
                day,
                Set.of(),
                100,
                null,
                null,
                null))
        .slots()
        .stream()
        .map(FreeSlot::slot)
        .anyMatch(summons.slot()::equals);
  }
}
