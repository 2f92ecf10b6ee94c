package be.loketopmaat.application.service;

import static be.loketopmaat.application.service.AppointmentTestKit.AN;
import static be.loketopmaat.application.service.AppointmentTestKit.EID;
import static be.loketopmaat.application.service.AppointmentTestKit.GROENENHOEK;
import static be.loketopmaat.application.service.AppointmentTestKit.HUB;
import static be.loketopmaat.application.service.AppointmentTestKit.monday;
import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.application.port.in.BookAppointmentUseCase.Booking;
import be.loketopmaat.application.port.in.BookAppointmentUseCase.Direct;
import be.loketopmaat.application.port.in.ManageAppointmentUseCase.RescheduleCommand;
import be.loketopmaat.application.port.in.What;
import be.loketopmaat.domain.Fixtures;
import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.notification.Message;
import be.loketopmaat.domain.notification.MessageKind;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;

/**
 * The calendar events a citizen gets, read back and validated by an independent reader (ical4j,
 * which applies RFC 5545 and the iTIP rules of RFC 5546 for the METHOD): the booking's, the
 * reschedule's (same UID, a higher SEQUENCE), the cancellation's (METHOD:CANCEL), and the one the
 * API hands out, in each of the citizen's languages.
 */
class AppointmentCalendarEventsTest {
  private final AppointmentTestKit kit = new AppointmentTestKit();

  @Test
  void aBookingItsRescheduleAndItsCancellationAreEventsACalendarApplies() throws Exception {
    Booking booking = book(kit, AN);
    String reference = booking.appointment().reference().value();

    VEvent booked = event(calendarOf(MessageKind.CONFIRMATION), "PUBLISH");
    assertThat(value(booked, Property.UID))
        .isEqualTo("appointment-" + reference + "@loket-op-maat");
    assertThat(value(booked, Property.SEQUENCE)).isEqualTo("0");
    assertThat(value(booked, Property.STATUS)).isEqualTo("CONFIRMED");
    assertThat(value(booked, Property.ORGANIZER))
        .isEqualTo("mailto:" + AppointmentTestKit.ORGANIZER_EMAIL);
    assertThat(
            booked
                .getProperty(Property.ORGANIZER)
                .orElseThrow()
                .getParameter(net.fortuna.ical4j.model.Parameter.CN)
                .orElseThrow()
                .getValue())
        .isEqualTo(Fixtures.city().name());

    kit.manage.reschedule(
        new RescheduleCommand(
            booking.appointment().reference(),
            booking.managementCode(),
            GROENENHOEK,
            monday(13, 0)));
    VEvent moved = event(calendarOf(MessageKind.CHANGE), "PUBLISH");
    assertThat(value(moved, Property.UID)).isEqualTo(value(booked, Property.UID));
    assertThat(value(moved, Property.SEQUENCE)).isEqualTo("1");
    VEvent handedOut =
        event(
            kit.manage.calendar(booking.appointment().reference(), booking.managementCode()),
            "PUBLISH");
    assertThat(value(handedOut, Property.SEQUENCE)).isEqualTo("1");
    assertThat(value(handedOut, Property.DTSTART))
        .isEqualTo(value(moved, Property.DTSTART))
        .isNotEqualTo(value(booked, Property.DTSTART));

    kit.manage.cancel(booking.appointment().reference(), booking.managementCode());
    VEvent cancelled = event(calendarOf(MessageKind.CANCELLATION), "CANCEL");
    assertThat(value(cancelled, Property.UID)).isEqualTo(value(booked, Property.UID));
    assertThat(value(cancelled, Property.SEQUENCE)).isEqualTo("2");
    assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
    VEvent cancelledHandedOut =
        event(
            kit.manage.calendar(booking.appointment().reference(), booking.managementCode()),
            "CANCEL");
    assertThat(value(cancelledHandedOut, Property.SEQUENCE)).isEqualTo("2");
  }

  @Test
  void aLocationRemovedSinceTheBookingIsNamedByItsCode() throws Exception {
    Booking booking = book(kit, AN);
    kit.locations.byCode.remove(HUB.value());

    VEvent event =
        event(
            kit.manage.calendar(booking.appointment().reference(), booking.managementCode()),
            "PUBLISH");

    assertThat(value(event, Property.LOCATION)).isEqualTo(HUB.value());
  }

  @Test
  void eachLanguageNamesTheAppointmentAndItsProductsInIt() throws Exception {
    record Expected(Language language, String summary, String products) {}
    List<Expected> languages =
        List.of(
            new Expected(Language.NL, "Afspraak: ", "Producten: "),
            new Expected(Language.FR, "Rendez-vous : ", "Produits : "),
            new Expected(Language.EN, "Appointment: ", "Products: "));
    int n = 0;
    for (Expected expected : languages) {
      Citizen citizen =
          new Citizen(
              NationalNumber.of(n == 0 ? "85073100328" : n == 1 ? "87041200535" : "92011502311"),
              "Citizen " + n,
              "citizen" + n + "@example.be",
              null,
              expected.language());
      n++;
      // A city of its own for each, so that each books the same slot.
      AppointmentTestKit city = new AppointmentTestKit();
      Booking booking = book(city, citizen);
      VEvent event =
          event(
              city.manage.calendar(booking.appointment().reference(), booking.managementCode()),
              "PUBLISH");
      String product = city.products.findByCode(EID).orElseThrow().name().in(expected.language());
      assertThat(value(event, Property.SUMMARY)).startsWith(expected.summary());
      assertThat(value(event, Property.DESCRIPTION)).contains(expected.products() + product);
    }
  }

  private static Booking book(AppointmentTestKit kit, Citizen citizen) {
    return kit.booking.book(
        new Direct(
            new What(List.of(EID), 1), HUB, monday(10, 0), citizen, Channel.E_COUNTER, "c", null));
  }

  /** The calendar event of the last message of this kind in the outbox. */
  private String calendarOf(MessageKind kind) {
    List<Message> messages =
        kit.store.outbox.messages.stream().filter(m -> m.kind() == kind).toList();
    assertThat(messages).as("a %s message", kind).isNotEmpty();
    String calendar = messages.get(messages.size() - 1).calendar();
    assertThat(calendar).as("the %s message carries its event", kind).isNotNull();
    return calendar;
  }

  /** The one event of a calendar that ical4j reads and validates without an error. */
  private static VEvent event(String ics, String method) throws IOException, ParserException {
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    ValidationResult result = calendar.validate();
    assertThat(result.hasErrors()).as("ical4j: %s%n%s", result, ics).isFalse();
    assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo(method);
    List<VEvent> events = calendar.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  private static String value(VEvent event, String property) {
    return event.getProperty(property).orElseThrow().getValue();
  }
}
