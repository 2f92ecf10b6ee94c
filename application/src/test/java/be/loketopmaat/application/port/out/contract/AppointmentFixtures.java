package be.loketopmaat.application.port.out.contract;

import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.appointment.DeskBlock;
import be.loketopmaat.domain.appointment.Hold;
import be.loketopmaat.domain.appointment.ManagementCode;
import be.loketopmaat.domain.appointment.Slot;
import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.common.ClientId;
import be.loketopmaat.domain.common.Language;
import be.loketopmaat.domain.location.LocationCode;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Appointments, holds and blocks with every field filled in, so that a field the database drops
 * shows.
 */
public final class AppointmentFixtures {
  public static final LocationCode HUB = new LocationCode("hub-centrum");
  public static final LocationCode OTHER_HUB = new LocationCode("hub-noord");
  public static final String DESK = "desk-1";
  public static final String OTHER_DESK = "desk-2";
  public static final List<ProductCode> PRODUCTS =
      List.of(new ProductCode("eid-application"), new ProductCode("passport"));

  private AppointmentFixtures() {}

  /**
   * A valid national number of someone born on 1 January 1985, told apart by {@code n} (1 to 997).
   */
  public static NationalNumber insz(int n) {
    long first9 = 850101000L + n;
    return new NationalNumber(String.format("%09d%02d", first9, 97 - first9 % 97));
  }

  public static Citizen citizen(int n) {
    return new Citizen(
        insz(n),
        "Citizen " + n,
        "citizen" + n + "@example.org",
        "+32 3 123 45 " + (10 + n % 90),
        Language.FR);
  }

  public static Slot slot(LocationCode location, LocalDateTime start, int minutes) {
    return new Slot(location, start, start.plusMinutes(minutes));
  }

  public static Appointment booked(int citizen, String desk, Slot slot) {
    return Appointment.book(
        AppointmentReference.random(),
        ManagementCode.hash("code-" + citizen),
        desk,
        slot,
        PRODUCTS,
        2,
        citizen(citizen),
        Channel.CALL,
        null);
  }

  public static final ClientId CLIENT = ClientId.of("ip:192.0.2.1");

  public static Hold hold(String desk, Slot slot, LocalDateTime expiresAt) {
    return hold(desk, slot, expiresAt, CLIENT);
  }

  public static Hold hold(String desk, Slot slot, LocalDateTime expiresAt, ClientId holder) {
    return new Hold(
        UUID.randomUUID(),
        slot.location(),
        desk,
        slot.start(),
        slot.end(),
        PRODUCTS,
        1,
        expiresAt,
        holder,
        null);
  }

  public static DeskBlock block(String desk, Slot slot) {
    return new DeskBlock(
        UUID.randomUUID(), slot.location(), desk, slot.start(), slot.end(), "camera broken");
  }
}
