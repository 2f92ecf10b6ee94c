package be.loketopmaat.application.service;

import be.loketopmaat.application.port.in.BookAppointmentUseCase;
import be.loketopmaat.application.port.in.CityProfileUseCase;
import be.loketopmaat.application.port.in.HoldSlotUseCase;
import be.loketopmaat.application.port.in.ManageAppointmentUseCase;
import be.loketopmaat.application.port.in.RecoverLinkUseCase;
import be.loketopmaat.application.port.in.StaffAppointmentsUseCase;
import be.loketopmaat.application.port.out.AgendaQueries;
import be.loketopmaat.application.port.out.AppointmentStore;
import be.loketopmaat.application.port.out.DeskTimeLedger;
import be.loketopmaat.application.port.out.FairUseRecords;
import be.loketopmaat.application.port.out.IdempotencyStore;
import be.loketopmaat.application.port.out.LocationRepository;
import be.loketopmaat.application.port.out.Notifier;
import be.loketopmaat.application.port.out.ProductRepository;
import be.loketopmaat.application.port.out.StaffActionLog;
import be.loketopmaat.application.port.out.Transactions;
import java.time.Clock;

/**
 * The booking core, put together once: the three booking use cases share how a slot request is
 * resolved, how alternatives are found, how messages are queued and the one {@link DeskTimeClaims}.
 * Wiring (the bootstrap, a test) builds this and takes the use cases from it. The {@link
 * TakenTimeView} is shared with the slot search, so that both read the same view and every booking
 * here updates it.
 */
public final class Bookings {
  private final DeskTimeClaims claims;
  private final TakenTimeView view;
  private final HoldService holds;
  private final BookingService bookings;
  private final ManageAppointmentService appointments;
  private final StaffAppointmentService staff;
  private final LinkRecoveryService linkRecovery;
  private final AppointmentNotices notices;

  public Bookings(
      SlotSearchService search,
      LocationRepository locations,
      ProductRepository products,
      CityProfileUseCase city,
      DeskTimeLedger ledger,
      AppointmentStore store,
      FairUseRecords fairUse,
      IdempotencyStore idempotency,
      Notifier notifier,
      Transactions transactions,
      BookingRules rules,
      Clock clock,
      TakenTimeView view,
      AgendaQueries agenda,
      StaffActionLog staffLog,
      ManagementLinks links,
      String calendarOrganizerEmail) {
    this.view = view;
    SlotRequests requests = new SlotRequests(search, locations, city, rules, clock, view);
    this.notices =
        new AppointmentNotices(locations, products, notifier, links, city, calendarOrganizerEmail);
    this.claims = new DeskTimeClaims(ledger, view);
    ClaimGate gate = new ClaimGate();
    this.holds =
        new HoldService(requests, claims, ledger, fairUse, transactions, rules, clock, view, gate);
    this.bookings =
        new BookingService(
            requests,
            claims,
            ledger,
            store,
            fairUse,
            idempotency,
            notices,
            transactions,
            rules,
            clock,
            view,
            gate,
            staffLog);
    AppointmentChanges changes =
        new AppointmentChanges(
            requests, claims, store, fairUse, notices, transactions, clock, view, rules);
    this.appointments = new ManageAppointmentService(store, changes, notices, clock);
    FreshLinks freshLinks = new FreshLinks(store, notices, clock);
    this.staff =
        new StaffAppointmentService(
            store, agenda, staffLog, changes, freshLinks, transactions, clock);
    this.linkRecovery = new LinkRecoveryService(agenda, store, freshLinks, transactions, clock);
  }

  /** Staff find and manage citizens' appointments, each action recorded. */
  public StaffAppointmentsUseCase staff() {
    return staff;
  }

  /** A citizen asks for a fresh management link. */
  public RecoverLinkUseCase linkRecovery() {
    return linkRecovery;
  }

  public HoldSlotUseCase holds() {
    return holds;
  }

  public BookAppointmentUseCase bookings() {
    return bookings;
  }

  public ManageAppointmentUseCase appointments() {
    return appointments;
  }

  /** For the other paths that take desk time (the counter's blocks). */
  public DeskTimeClaims claims() {
    return claims;
  }

  /** The citizen's messages about appointments, calendar events included (one writer for all). */
  AppointmentNotices notices() {
    return notices;
  }

  /**
   * The view of taken time the booking core keeps up to date; the counter's changes tell it too.
   */
  public TakenTimeView view() {
    return view;
  }
}
