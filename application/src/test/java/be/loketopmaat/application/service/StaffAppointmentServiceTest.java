package be.loketopmaat.application.service;

import static be.loketopmaat.application.service.AppointmentTestKit.AN;
import static be.loketopmaat.application.service.AppointmentTestKit.BART;
import static be.loketopmaat.application.service.AppointmentTestKit.EID;
import static be.loketopmaat.application.service.AppointmentTestKit.HUB;
import static be.loketopmaat.application.service.AppointmentTestKit.MONDAY;
import static be.loketopmaat.application.service.AppointmentTestKit.monday;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.BookAppointmentUseCase.Booking;
import be.loketopmaat.application.port.in.BookAppointmentUseCase.Direct;
import be.loketopmaat.application.port.in.RecoverLinkUseCase;
import be.loketopmaat.application.port.in.RecoverLinkUseCase.LinkRequest;
import be.loketopmaat.application.port.in.StaffAppointmentsUseCase;
import be.loketopmaat.application.port.in.StaffAppointmentsUseCase.Search;
import be.loketopmaat.application.port.in.StaffAppointmentsUseCase.StaffReschedule;
import be.loketopmaat.application.port.in.What;
import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.appointment.AppointmentStatus;
import be.loketopmaat.domain.appointment.ManagementCode;
import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.notification.Message;
import be.loketopmaat.domain.notification.MessageKind;
import be.loketopmaat.domain.staff.StaffAction;
import be.loketopmaat.domain.staff.StaffActionKind;
import be.loketopmaat.domain.staff.StaffMember;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The contact centre finds, moves and cancels a caller's appointment; a citizen recovers a link.
 */
class StaffAppointmentServiceTest {
  private static final StaffMember AGENT = new StaffMember("agent-7", "Els Agent");
  private static final Pattern CODE = Pattern.compile("\\?code=([A-Za-z0-9_-]+)");

  private final AppointmentTestKit kit = new AppointmentTestKit();
  private final StaffAppointmentsUseCase staff = kit.bookings.staff();
  private final RecoverLinkUseCase recovery = kit.bookings.linkRecovery();

  @Test
  void staffFindAppointmentsByReferenceNationalNumberNamePartAndDay() {
    Booking an = book(AN, monday(10, 0));
    Booking bart = book(BART, monday(11, 0));

    assertThat(references(new Search(an.appointment().reference(), null, null, null, null, null)))
        .containsExactly(an.appointment().reference());
    assertThat(references(new Search(null, BART.insz(), null, null, null, null)))
        .containsExactly(bart.appointment().reference());
    assertThat(references(new Search(null, null, "PEET", null, null, null)))
        .containsExactly(an.appointment().reference());
    assertThat(references(new Search(null, null, null, MONDAY, HUB, null)))
        .containsExactly(an.appointment().reference(), bart.appointment().reference());
    assertThat(references(new Search(null, null, null, MONDAY.plusDays(1), null, null))).isEmpty();
    assertThat(references(new Search(null, null, null, MONDAY, null, 1))).hasSize(1);
  }

  @Test
  void eachAppointmentASearchShowsIsRecordedAsListedForWhoSearchedWithoutTheCriteriaValues() {
    Booking an = book(AN, monday(10, 0));
    Booking bart = book(BART, monday(11, 0));

    staff.search(new Search(null, AN.insz(), null, null, null, null), AGENT);

    assertThat(kit.store.staffLog.forAppointment(an.appointment().reference()))
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.kind()).isEqualTo(StaffActionKind.LISTED);
              assertThat(line.by()).isEqualTo(AGENT);
              assertThat(line.detail()).isEqualTo("search by national number");
              assertThat(line.detail()).doesNotContain(AN.insz().digits());
            });
    assertThat(kit.store.staffLog.forAppointment(bart.appointment().reference())).isEmpty();
  }

  @Test
  void aSearchNeedsSomethingToSearchByAndASaneLimit() {
    assertThatThrownBy(() -> new Search(null, null, null, null, HUB, null))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new Search(null, null, "a", null, null, null))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new Search(null, null, null, MONDAY, null, 0))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new Search(null, null, null, MONDAY, null, 201))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void anAgentMovesACallersAppointmentAndTheRecordSaysWhoWhenAndWhy() {
    Booking booking = book(AN, monday(10, 0));
    AppointmentReference ref = booking.appointment().reference();

    Appointment moved =
        staff.reschedule(
            new StaffReschedule(ref, HUB, monday(14, 0), AGENT, "caller has to work at 10"));

    assertThat(moved.start()).isEqualTo(monday(14, 0));
    assertThat(kit.store.outbox.messages)
        .extracting(Message::kind)
        .containsExactly(MessageKind.CONFIRMATION, MessageKind.CHANGE);
    List<StaffAction> history = staff.view(ref, AGENT).history();
    assertThat(history)
        .extracting(StaffAction::kind)
        .containsExactly(StaffActionKind.MOVED, StaffActionKind.VIEWED);
    StaffAction move = history.get(0);
    assertThat(move.by()).isEqualTo(AGENT);
    assertThat(move.reason()).isEqualTo("caller has to work at 10");
    assertThat(move.detail()).isEqualTo("from hub 2026-11-23T10:00 to hub 2026-11-23T14:00");
    assertThat(move.at()).isEqualTo(kit.clock.instant());
    // The citizen's own code still manages it: staff moved it, they did not take it over.
    assertThat(kit.manage.get(ref, booking.managementCode()).start()).isEqualTo(monday(14, 0));
  }

  @Test
  void movingOrCancellingForACitizenNeedsAReasonAndWithoutOneNothingChanges() {
    Booking booking = book(AN, monday(10, 0));
    AppointmentReference ref = booking.appointment().reference();

    assertThatThrownBy(
            () -> staff.reschedule(new StaffReschedule(ref, HUB, monday(14, 0), AGENT, " ")))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> staff.cancel(ref, AGENT, null))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> staff.cancel(ref, AGENT, "x".repeat(501)))
        .isInstanceOf(InvalidInputException.class);

    assertThat(kit.store.appointments.get(booking.appointment().id()))
        .isEqualTo(booking.appointment());
    assertThat(kit.store.staffLog.actions).isEmpty();
    assertThat(kit.store.outbox.messages).hasSize(1);
  }

  @Test
  void anAgentCancelsForACallerWhoIsToldAndTheSlotIsFreeAgain() {
    Booking booking = book(AN, monday(10, 0));
    AppointmentReference ref = booking.appointment().reference();

    assertThat(staff.cancel(ref, AGENT, "caller is ill").status())
        .isEqualTo(AppointmentStatus.CANCELLED);

    assertThat(kit.store.outbox.messages)
        .last()
        .extracting(Message::kind)
        .isEqualTo(MessageKind.CANCELLATION);
    assertThat(kit.store.staffLog.forAppointment(ref))
        .singleElement()
        .satisfies(a -> assertThat(a.reason()).isEqualTo("caller is ill"));
    assertThat(book(BART, monday(10, 0)).appointment().start()).isEqualTo(monday(10, 0));
  }

  @Test
  void anUnknownReferenceIsNotFoundAndRecordsNothing() {
    AppointmentReference unknown = new AppointmentReference("ZZZ-ZZZZ");
    assertThatThrownBy(() -> staff.view(unknown, AGENT)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> staff.cancel(unknown, AGENT, "why"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> staff.sendManagementLink(unknown, AGENT))
        .isInstanceOf(NotFoundException.class);
    assertThat(kit.store.staffLog.actions).isEmpty();
  }

  @Test
  void aFreshLinkReplacesTheOldCodeAndGoesOnlyToTheBookingsContacts() {
    Booking booking = book(BART, monday(10, 0));
    AppointmentReference ref = booking.appointment().reference();

    staff.sendManagementLink(ref, AGENT);

    Message link = kit.store.outbox.messages.get(kit.store.outbox.messages.size() - 1);
    assertThat(link.kind()).isEqualTo(MessageKind.MANAGEMENT_LINK);
    assertThat(link.phone()).isEqualTo(BART.phone());
    assertThat(link.email()).isNull();
    assertThat(link.language()).isEqualTo(BART.language());
    String code = codeIn(link);
    assertThat(link.body())
        .contains(AppointmentTestKit.PUBLIC_URL + "/api/v1/appointments/" + ref.value());
    assertThat(kit.manage.get(ref, code).reference()).isEqualTo(ref);
    assertThatThrownBy(() -> kit.manage.get(ref, booking.managementCode()))
        .isInstanceOf(NotFoundException.class);
    assertThat(kit.store.staffLog.forAppointment(ref))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.kind()).isEqualTo(StaffActionKind.LINK_SENT);
              assertThat(a.detail()).isEqualTo("to phone").doesNotContain(BART.phone());
            });
  }

  @Test
  void aCitizenWhoLostTheLinkGetsANewOneAtTheAddressTheyBookedWith() {
    Booking booking = book(AN, monday(10, 0));
    book(BART, monday(11, 0));
    int before = kit.store.outbox.messages.size();

    recovery.requestLink(new LinkRequest(null, "AN@example.be", null));

    assertThat(kit.store.outbox.messages).hasSize(before + 1);
    Message link = kit.store.outbox.messages.get(before);
    assertThat(link.email()).isEqualTo(AN.email());
    assertThat(kit.manage.get(booking.appointment().reference(), codeIn(link))).isNotNull();
  }

  @Test
  void aPhoneNumberMatchesHoweverItIsWritten() {
    Booking booking = book(BART, monday(10, 0)); // booked with "0470 12 34 56"
    recovery.requestLink(new LinkRequest(null, null, "+32 470/12.34.56"));
    Message link = kit.store.outbox.messages.get(kit.store.outbox.messages.size() - 1);
    assertThat(link.kind()).isEqualTo(MessageKind.MANAGEMENT_LINK);
    assertThat(kit.manage.get(booking.appointment().reference(), codeIn(link))).isNotNull();
  }

  @Test
  void aRequestThatMatchesNothingUpcomingSendsNothingAndSaysNothing() {
    Booking booking = book(AN, monday(10, 0));
    int before = kit.store.outbox.messages.size();

    recovery.requestLink(new LinkRequest(null, "someone.else@example.be", null));
    recovery.requestLink(
        new LinkRequest(booking.appointment().reference(), "bart@example.be", null));
    kit.clock.set(monday(10, 30)); // it has started: nothing left to manage
    recovery.requestLink(new LinkRequest(booking.appointment().reference(), null, null));

    assertThat(kit.store.outbox.messages).hasSize(before);
    assertThat(kit.manage.get(booking.appointment().reference(), booking.managementCode()))
        .isNotNull();
  }

  @Test
  void aLinkRequestNeedsSomethingToFindTheAppointmentBy() {
    assertThatThrownBy(() -> new LinkRequest(null, " ", null))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new LinkRequest(null, "not-an-address", null))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aBookingByStaffIsRecordedWithWhoBooked() {
    Booking booking =
        kit.booking.bookFor(
            new Direct(new What(List.of(EID), 1), HUB, monday(10, 0), AN, Channel.CALL, "c", null),
            AGENT);
    assertThat(kit.store.staffLog.forAppointment(booking.appointment().reference()))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.kind()).isEqualTo(StaffActionKind.BOOKED);
              assertThat(a.detail()).isEqualTo("via CALL");
            });
  }

  private List<AppointmentReference> references(Search search) {
    return staff.search(search, AGENT).stream().map(Appointment::reference).toList();
  }

  private Booking book(Citizen citizen, LocalDateTime start) {
    return kit.booking.book(
        new Direct(new What(List.of(EID), 1), HUB, start, citizen, Channel.E_COUNTER, "c", null));
  }

  private static String codeIn(Message message) {
    Matcher m = CODE.matcher(message.body());
    assertThat(m.find()).as("a management link in: %s", message.body()).isTrue();
    String code = m.group(1);
    assertThat(ManagementCode.hash(code)).isNotBlank();
    return code;
  }
}
