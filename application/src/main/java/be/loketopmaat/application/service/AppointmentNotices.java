package be.loketopmaat.application.service;

import be.loketopmaat.application.port.in.CityProfileUseCase;
import be.loketopmaat.application.port.out.LocationRepository;
import be.loketopmaat.application.port.out.Notifier;
import be.loketopmaat.application.port.out.ProductRepository;
import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.ManagementCode;
import be.loketopmaat.domain.calendar.CityTime;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.common.LocalizedText;
import be.loketopmaat.domain.location.Address;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.notification.AppointmentCalendar;
import be.loketopmaat.domain.notification.AppointmentMessages;
import be.loketopmaat.domain.notification.CalendarOrganizer;
import be.loketopmaat.domain.notification.Message;
import be.loketopmaat.domain.notification.MessageKind;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Puts the citizen's message about a change of their appointment in the outbox, in the same
 * transaction.
 */
final class AppointmentNotices {
  private final LocationRepository locations;
  private final ProductNames products;
  private final Notifier notifier;
  private final ManagementLinks links;
  private final CityProfileUseCase city;
  private final String organizerEmail;

  /**
   * @param city whose name the calendar events give as their organizer's
   * @param organizerEmail the organizer's address in the events: where citizens write about their
   *     appointment
   */
  AppointmentNotices(
      LocationRepository locations,
      ProductRepository products,
      Notifier notifier,
      ManagementLinks links,
      CityProfileUseCase city,
      String organizerEmail) {
    this.locations = locations;
    this.products = new ProductNames(products);
    this.notifier = notifier;
    this.links = links;
    this.city = city;
    // Checked now: a wrong setting must stop the start, never refuse a citizen's booking.
    try {
      this.organizerEmail = new CalendarOrganizer("check", organizerEmail).email();
    } catch (InvalidInputException e) {
      throw new IllegalArgumentException(
          "the calendar organizer's address is not an e-mail address: " + organizerEmail, e);
    }
  }

  /** Sends the citizen the link, with its fresh management code, to manage the appointment. */
  void tellLink(Appointment appointment, String managementCode, LocalDateTime now) {
    Location location = locations.findByCode(appointment.location()).orElseThrow();
    notifier.enqueue(
        AppointmentMessages.write(
            MessageKind.MANAGEMENT_LINK,
            appointment,
            location,
            products.of(appointment),
            now.toLocalDate(),
            links.linkFor(appointment.reference(), managementCode)),
        // Per code, not per moment: two links asked for within one clock tick are two messages,
        // and the second code must not be left unsent while the first no longer works.
        appointment.reference()
            + ":"
            + MessageKind.MANAGEMENT_LINK
            + ":"
            + ManagementCode.hash(managementCode).substring(0, 16),
        now);
  }

  /** The confirmation, with the link to manage the appointment while its code is known in clear. */
  void confirm(Appointment appointment, String managementCode, LocalDateTime now) {
    Location location = locations.findByCode(appointment.location()).orElseThrow();
    List<LocalizedText> names = products.of(appointment);
    notifier.enqueue(
        AppointmentMessages.write(
                MessageKind.CONFIRMATION,
                appointment,
                location,
                names,
                now.toLocalDate(),
                links.linkFor(appointment.reference(), managementCode))
            .withCalendar(calendar(appointment, location, names, now)),
        appointment.reference() + ":" + MessageKind.CONFIRMATION + ":" + now,
        now);
  }

  /**
   * A message about a change; a moved appointment carries its calendar event, a cancelled one the
   * event's cancellation.
   */
  void tell(MessageKind kind, Appointment appointment, LocalDateTime now) {
    Location location = locations.findByCode(appointment.location()).orElseThrow();
    List<LocalizedText> names = products.of(appointment);
    Message message =
        AppointmentMessages.write(kind, appointment, location, names, now.toLocalDate());
    notifier.enqueue(
        kind == MessageKind.CHANGE || kind == MessageKind.CANCELLATION
            ? message.withCalendar(calendar(appointment, location, names, now))
            : message,
        appointment.reference() + ":" + kind + ":" + now,
        now);
  }

  /**
   * The appointment as a calendar event for the citizen's own calendar, as of {@code now}; with the
   * location's code for its name if the location has left the reference data since.
   */
  String calendar(Appointment appointment, LocalDateTime now) {
    return calendar(
        appointment,
        locations.findByCode(appointment.location()).orElse(null),
        products.of(appointment),
        now);
  }

  private String calendar(
      Appointment appointment, Location location, List<LocalizedText> names, LocalDateTime now) {
    Language language = appointment.citizen().language();
    String place = location == null ? appointment.location().value() : location.name();
    String address = null;
    if (location != null) {
      Address at = location.address();
      address = at.street() + ", " + at.postalCode() + " " + at.municipality();
    }
    return AppointmentCalendar.event(
        appointment,
        new CalendarOrganizer(city.cityProfile().name(), organizerEmail),
        place,
        address,
        names.stream().map(name -> name.in(language)).toList(),
        now.atZone(CityTime.ZONE).toInstant());
  }
}
