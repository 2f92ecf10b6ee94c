package be.loketopmaat.application.service;

import be.loketopmaat.application.port.in.CityProfileUseCase;
import be.loketopmaat.application.port.out.DeskTimeLedger;
import be.loketopmaat.application.port.out.DeskTimeTakenException;
import be.loketopmaat.application.port.out.LocationRepository;
import be.loketopmaat.application.port.out.Notifier;
import be.loketopmaat.application.port.out.SummonsStore;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.domain.appointment.AppointmentNeed;
import be.loketopmaat.domain.appointment.DeskTime;
import be.loketopmaat.domain.appointment.FreeSlot;
import be.loketopmaat.domain.appointment.Hold;
import be.loketopmaat.domain.appointment.Slot;
import be.loketopmaat.domain.appointment.SlotFinder;
import be.loketopmaat.domain.calendar.HolidayCalendar;
import be.loketopmaat.domain.calendar.OpenWindow;
import be.loketopmaat.domain.calendar.OpeningCalendar;
import be.loketopmaat.domain.catalogue.Product;
import be.loketopmaat.domain.city.CityProfile;
import be.loketopmaat.domain.common.ClientId;
import be.loketopmaat.domain.homevisit.TravelTimes;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.notification.RenewalMessages;
import be.loketopmaat.domain.offer.OfferRules;
import be.loketopmaat.domain.offer.OfferedService;
import be.loketopmaat.domain.renewal.ExpiringCard;
import be.loketopmaat.domain.renewal.KeptSlotCap;
import be.loketopmaat.domain.renewal.Summons;
import be.loketopmaat.domain.renewal.SummonsToken;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps a slot for a summons: at the locations near the holder's home that offer the product by
 * appointment (nearest first, by the postal areas' centres of {@link MobileTeams}), on the first
 * day of the window with a free slot and room under the cap. The slot is taken as every booking
 * takes desk time ({@link DeskTimeClaims}), under the lock of the location's day of kept slots,
 * which is where the cap is counted: two runs, on one instance or two, cannot keep more than the
 * cap allows. The hold, the summons and its message are written in one transaction.
 */
final class KeptSlots {
  /** Who keeps the slots: the city's renewal run, a holder of its own. */
  static final ClientId HOLDER = ClientId.of("city:eid-renewal");

  /**
   * The desk name of the lock that serialises keeping slots at a location on a day (no real desk is
   * called so: desk codes are words without asterisks).
   */
  static final String KEPT_SLOTS_LOCK = "*kept-slots*";

  /** How many free slots of one day are tried before the day is left to a later run. */
  private static final int ATTEMPTS_A_DAY = 5;

  private final LocationRepository locations;
  private final MobileTeams areas;
  private final CityProfileUseCase city;
  private final DeskTimeLedger ledger;
  private final DeskTimeClaims claims;
  private final TakenTimeView view;
  private final SummonsStore summonses;
  private final Notifier notifier;
  private final ManagementLinks links;
  private final Transactions transactions;
  private final EidRenewalSettings settings;

  KeptSlots(
      LocationRepository locations,
      CityProfileUseCase city,
      DeskTimeLedger ledger,
      DeskTimeClaims claims,
      TakenTimeView view,
      SummonsStore summonses,
      Notifier notifier,
      ManagementLinks links,
      Transactions transactions,
      EidRenewalSettings settings) {
    this.locations = locations;
    this.areas = new MobileTeams(List.of(), locations);
    this.city = city;
    this.ledger = ledger;
    this.claims = claims;
    this.view = view;
    this.summonses = summonses;
    this.notifier = notifier;
    this.links = links;
    this.transactions = transactions;
    this.settings = settings;
  }

  /** What keeping a slot came to. */
  sealed interface Outcome {}

  /** A slot is kept, the summons and its message written. */
  record Kept(Summons summons) implements Outcome {}

  /** No location near home had a free slot under the cap in the window. */
  record NothingFits(boolean noLocation) implements Outcome {}

  /** Another run summoned the holder for this card meanwhile: nothing was written. */
  record SummonedMeanwhile() implements Outcome {}

  private enum Try {
    KEPT,
    TAKEN,
    CAP_FULL,
    SUMMONED
  }

  /** One attempt at one slot, and the summons when it was kept. */
  private record Tried(Try kind, Summons summons) {
    static final Tried TAKEN = new Tried(Try.TAKEN, null);
    static final Tried CAP_FULL = new Tried(Try.CAP_FULL, null);
    static final Tried SUMMONED = new Tried(Try.SUMMONED, null);
  }

  /** Thrown in the transaction to undo the hold when the summons was recorded by another run. */
  private static final class AlreadySummoned extends RuntimeException {
    AlreadySummoned() {
      super("summoned for this card already", null, false, false);
    }
  }

  /** The locations offering the product by appointment, nearest to {@code card}'s home first. */
  List<Location> near(ExpiringCard card, Product product, CityProfile profile) {
    OfferRules offer = new OfferRules(profile);
    List<Location> offering =
        new ArrayList<>(
            locations.findAll().stream()
                .filter(l -> offer.offers(l, product, OfferedService.APPOINTMENT))
                .filter(l -> l.hasDeskFor(OfferRules.deskCapabilityFor(product.theme())))
                .toList());
    TravelTimes travel = areas.travel();
    if (travel.covers(card.residence())) {
      offering.sort(
          Comparator.comparingInt((Location l) -> travel.minutes(card.residence(), l.address()))
              .thenComparing(l -> l.code().value()));
    }
    return offering.subList(0, Math.min(settings.nearestLocations(), offering.size()));
  }

  Outcome keep(
      ExpiringCard card, Product product, LocalDate runDate, String by, LocalDateTime now) {
    CityProfile profile = city.cityProfile();
    List<Location> near = near(card, product, profile);
    if (near.isEmpty()) {
      return new NothingFits(true);
    }
    HolidayCalendar holidays = new HolidayCalendar(profile.holidays());
    AppointmentNeed need = new AppointmentNeed(List.of(product), 1);
    KeptSlotCap cap = settings.cap();
    LocalDate last = runDate.plusDays(settings.windowToDays());
    for (Location location : near) {
      for (LocalDate day = runDate.plusDays(settings.windowFromDays());
          !day.isAfter(last);
          day = day.plusDays(1)) {
        List<OpenWindow> windows = OpeningCalendar.resolve(location, day, day, holidays).windows();
        int capacity = SlotFinder.capacity(location, need, windows);
        if (!cap.hasRoom(summonses.keptOn(location.code(), day, now), capacity)) {
          continue; // a first look without the lock; the lock decides
        }
        List<DeskTime> taken =
            view.takenTime(
                Set.of(location.code()), day.atStartOfDay(), day.plusDays(1).atStartOfDay(), now);
        List<FreeSlot> free =
            SlotFinder.freeSlots(location, need, windows, taken, day.atStartOfDay(), s -> true);
        int attempts = 0;
        for (FreeSlot slot : free) {
          Tried tried =
              tryToKeep(card, location, need, windows, slot.slot(), capacity, runDate, by, now);
          if (tried.kind() == Try.KEPT) {
            view.changed(location.code(), slot.start());
            return new Kept(tried.summons());
          }
          if (tried.kind() == Try.SUMMONED) {
            return new SummonedMeanwhile();
          }
          if (tried.kind() == Try.CAP_FULL || ++attempts >= ATTEMPTS_A_DAY) {
            break;
          }
        }
      }
    }
    return new NothingFits(false);
  }

  private Tried tryToKeep(
      ExpiringCard card,
      Location location,
      AppointmentNeed need,
      List<OpenWindow> windows,
      Slot slot,
      int capacity,
      LocalDate runDate,
      String by,
      LocalDateTime now) {
    LocalDate day = slot.start().toLocalDate();
    LocalDateTime keptUntil = slot.start().minusDays(settings.keepDaysBefore());
    try {
      return transactions.inTransaction(
          () -> {
            ledger.lockDeskDay(location.code(), KEPT_SLOTS_LOCK, day);
            if (!settings.cap().hasRoom(summonses.keptOn(location.code(), day, now), capacity)) {
              return Tried.CAP_FULL;
            }
            Optional<String> desk = claims.claimSlot(location, need, windows, slot, now, null);
            if (desk.isEmpty()) {
              return Tried.TAKEN;
            }
            Hold hold =
                new Hold(
                    UUID.randomUUID(),
                    location.code(),
                    desk.get(),
                    slot.start(),
                    slot.end(),
                    List.of(settings.product()),
                    1,
                    keptUntil,
                    HOLDER,
                    null);
            ledger.insertHold(hold);
            String token = SummonsToken.generate();
            Summons summons =
                Summons.kept(
                    card, runDate, slot, hold.id(), keptUntil, SummonsToken.hash(token), by, now);
            if (!summonses.insert(summons)) {
              throw new AlreadySummoned();
            }
            notifier.enqueue(
                RenewalMessages.summons(
                    summons,
                    location,
                    links.summonsLinkFor(token, "confirm"),
                    links.summonsLinkFor(token, "release"),
                    now.toLocalDate()),
                "eid-summons:" + summons.id(),
                now);
            return new Tried(Try.KEPT, summons);
          });
    } catch (DeskTimeTakenException e) {
      return Tried.TAKEN;
    } catch (AlreadySummoned e) {
      return Tried.SUMMONED;
    }
  }
}
