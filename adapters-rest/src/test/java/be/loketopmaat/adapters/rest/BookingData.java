package be.loketopmaat.adapters.rest;

import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.appointment.AppointmentStatus;
import be.loketopmaat.domain.appointment.FreeSlot;
import be.loketopmaat.domain.appointment.Hold;
import be.loketopmaat.domain.appointment.Slot;
import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.ClientId;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.counter.Ticket;
import be.loketopmaat.domain.counter.TicketPurpose;
import be.loketopmaat.domain.counter.TicketStatus;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.location.LocationCode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** Appointments, holds and tickets the tests answer with from their mocked use cases. */
final class BookingData {
  static final LocationCode DEURNE = new LocationCode("districtshuis-deurne");
  static final LocationCode MERKSEM = new LocationCode("districtshuis-merksem");
  static final ProductCode EID = new ProductCode("eid-application");
  static final ProductCode EID_PICKUP = new ProductCode("eid-pickup");
  static final AppointmentReference REFERENCE = new AppointmentReference("K7M-4QXD");
  static final String MANAGEMENT_CODE = "q3ZrV8m1kXo0bT2nW9yA";
  static final String INSZ = "85.07.31-033.95";
  static final UUID HOLD_ID = UUID.fromString("3f1d2c4b-5a69-4e7f-8a9b-0c1d2e3f4a5b");
  static final UUID TICKET_ID = UUID.fromString("7a0c6d1e-2b3f-4c5d-9e8f-1a2b3c4d5e6f");

  /** A winter evening (UTC+1). */
  static final LocalDateTime WINTER = LocalDateTime.of(2026, 11, 24, 18, 0);

  /** A summer morning (UTC+2). */
  static final LocalDateTime SUMMER = LocalDateTime.of(2027, 6, 12, 9, 30);

  private BookingData() {}

  static Citizen citizen() {
    return new Citizen(
        NationalNumber.of(INSZ),
        "An Peeters",
        "an.peeters@example.be",
        "+32 470 12 34 56",
        Language.NL);
  }

  static Appointment appointment(LocalDateTime start, AppointmentStatus status) {
    return new Appointment(
        UUID.fromString("0d9e8f7a-6b5c-4d3e-2f1a-0b9c8d7e6f5a"),
        REFERENCE,
        "not-the-code-but-its-hash",
        DEURNE,
        "desk-1",
        start,
        start.plusMinutes(20),
        List.of(EID),
        1,
        citizen(),
        Channel.E_COUNTER,
        status,
        null,
        null,
        null,
        null,
        0);
  }

  static Appointment booked() {
    return appointment(WINTER, AppointmentStatus.BOOKED);
  }

  static Hold hold(LocalDateTime start) {
    return new Hold(
        HOLD_ID,
        DEURNE,
        "desk-1",
        start,
        start.plusMinutes(20),
        List.of(EID),
        1,
        LocalDateTime.of(2026, 11, 21, 0, 40),
        ClientId.of("ip:127.0.0.1"),
        null);
  }

  /** A free slot at Deurne's hub, or at one like it under another code, with two places left. */
  static FreeSlot slot(LocationCode location, LocalDateTime start) {
    Location deurne = TestData.deurne();
    Location place =
        location.equals(DEURNE)
            ? deurne
            : new Location(
                location,
                "Districtshuis " + location.value(),
                deurne.type(),
                deurne.district(),
                deurne.address(),
                deurne.coordinates(),
                deurne.facilities(),
                deurne.desks(),
                deurne.schedule(),
                List.of());
    return new FreeSlot(new Slot(location, start, start.plusMinutes(20)), place, 2, null);
  }

  static Ticket waitingTicket() {
    return new Ticket(
        TICKET_ID,
        DEURNE,
        LocalDate.of(2026, 11, 24),
        17,
        EID_PICKUP,
        TicketPurpose.PICKUP,
        ClientId.of("ip:127.0.0.1"),
        TicketStatus.WAITING,
        LocalDateTime.of(2026, 11, 24, 10, 2, 11),
        null,
        null,
        null);
  }
}
