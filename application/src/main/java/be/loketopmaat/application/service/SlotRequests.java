package be.loketopmaat.application.service;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.CityProfileUseCase;
import be.loketopmaat.application.port.in.FindSlotsUseCase.SlotPage;
import be.loketopmaat.application.port.in.SlotTakenException;
import be.loketopmaat.application.port.in.What;
import be.loketopmaat.application.port.out.LocationRepository;
import be.loketopmaat.domain.appointment.AppointmentNeed;
import be.loketopmaat.domain.appointment.BookingWindow;
import be.loketopmaat.domain.appointment.DeskTime;
import be.loketopmaat.domain.appointment.FreeSlot;
import be.loketopmaat.domain.appointment.Slot;
import be.loketopmaat.domain.appointment.SlotFinder;
import be.loketopmaat.domain.calendar.HolidayCalendar;
import be.loketopmaat.domain.calendar.OpenWindow;
import be.loketopmaat.domain.calendar.OpeningCalendar;
import be.loketopmaat.domain.catalogue.Product;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.city.CityProfile;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.common.Phrase;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.offer.OfferRules;
import be.loketopmaat.domain.offer.OfferedService;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A slot asked for, resolved and checked against the catalogue, the location's offer and the
 * booking window before any transaction starts; and, when it turns out taken, the alternatives to
 * offer instead. Shared by holding, booking and rescheduling.
 */
final class SlotRequests {
  /** How many alternatives a lost race offers. */
  static final int ALTERNATIVES = 5;

  private static final int MAX_REMEMBERED = 1_000;

  private final SlotSearchService search;
  private final LocationRepository locations;
  private final CityProfileUseCase city;
  private final BookingRules rules;
  private final Clock clock;
  private final TakenTimeView view;
  private final ConcurrentHashMap<Asked, Answer> answers = new ConcurrentHashMap<>();
  private final Object[] searching = new Object[64];

  /** A lost race's question: everyone who lost this slot for this need asks the same. */
  private record Asked(Slot slot, List<ProductCode> products, int persons, boolean pickup) {}

  /** Its answer, good while the view has heard of no change since. */
  private record Answer(List<FreeSlot> alternatives, long version, long at) {}

  SlotRequests(
      SlotSearchService search,
      LocationRepository locations,
      CityProfileUseCase city,
      BookingRules rules,
      Clock clock,
      TakenTimeView view) {
    this.search = search;
    this.locations = locations;
    this.city = city;
    this.rules = rules;
    this.clock = clock;
    this.view = view;
    for (int i = 0; i < searching.length; i++) {
      searching[i] = new Object();
    }
  }

  /**
   * A slot that can be asked for: the products offered there by appointment, inside their window.
   */
  record SlotRequest(
      Location location,
      AppointmentNeed need,
      Slot slot,
      List<OpenWindow> windows,
      BookingWindow window,
      UUID pickupOf) {
    List<ProductCode> products() {
      return need.products().stream().map(Product::code).toList();
    }
  }

  /** How pickups are checked, under the booking's transaction too. */
  Pickups pickups() {
    return search.pickups();
  }

  SlotRequest resolve(What what, LocationCode locationCode, LocalDateTime start) {
    return resolve(what, locationCode, start, false);
  }

  /**
   * @param atTheDesk booked by staff at the desk, with the citizen in front of them: the desk's
   *     lead time ({@link BookingRules#deskLeadTime()}) replaces the products' own
   */
  SlotRequest resolve(
      What what, LocationCode locationCode, LocalDateTime start, boolean atTheDesk) {
    List<Product> products;
    AppointmentNeed need;
    Location location;
    CityProfile profile = city.cityProfile();
    if (what.isPickup()) {
      Pickups.Pickup pickup =
          search.pickups().resolve(what.pickupOf(), what.products(), locationCode);
      products = List.of(pickup.product());
      need = pickup.need();
      location = pickup.location();
    } else {
      products = search.resolve(what.products());
      need = new AppointmentNeed(products, what.persons());
      location =
          locations
              .findByCode(locationCode)
              .orElseThrow(() -> new NotFoundException("location", locationCode.value()));
      OfferRules offer = new OfferRules(profile);
      for (Product product : products) {
        if (!offer.offers(location, product, OfferedService.APPOINTMENT)) {
          throw new InvalidInputException(
              "location",
              "{0} does not offer '{1}' by appointment",
              location.code(),
              product.code());
        }
      }
    }
    BookingWindow window = rules.windowFor(products);
    if (atTheDesk) {
      window = new BookingWindow(rules.deskLeadTime(), window.daysAhead());
    }
    LocalDateTime now = LocalDateTime.now(clock);
    if (start.isBefore(window.earliestStart(now))
        || start.toLocalDate().isAfter(window.lastDay(now))) {
      throw new InvalidInputException(
          "start",
          "can be booked from {0} to the end of {1}",
          window.earliestStart(now).withSecond(0).withNano(0),
          window.lastDay(now));
    }
    Slot slot = new Slot(location.code(), start, start.plus(need.duration()));
    List<OpenWindow> windows =
        OpeningCalendar.resolve(
                location,
                start.toLocalDate(),
                start.toLocalDate(),
                new HolidayCalendar(profile.holidays()))
            .windows();
    SlotFinder.whyNotASlot(windows, slot)
        .ifPresent(
            why -> {
              throw new ConflictException(
                  why.reason(), "no slot starts at {0} at {1}", start, location.code());
            });
    return new SlotRequest(location, need, slot, windows, window, what.pickupOf());
  }

  /**
   * Thrown inside a transaction when no desk is free for the slot, and caught outside it, where the
   * alternatives are searched: a search under the desks' locks would make everyone behind them
   * wait.
   */
  static final class SlotGone extends RuntimeException {
    SlotGone() {
      super("no capable desk is free for the slot", null, false, false);
    }
  }

  /**
   * The answer to a lost race: the slot is taken, here are the next free ones, here first, then
   * anywhere. When a batch of slots is released, hundreds lose the same slot within a second: they
   * get the same alternatives, searched once and given again while the view shows each of them
   * still free (and for the view's max age at most), so that no one is offered a slot the view
   * knows is taken.
   */
  SlotTakenException taken(SlotRequest request) {
    Slot slot = request.slot();
    Asked asked =
        new Asked(slot, request.products(), request.need().persons(), request.need().pickup());
    long version = view.version();
    long now = System.nanoTime();
    Answer remembered = answers.get(asked);
    Answer answer = stillGood(remembered, request, version, now);
    if (answer != null && answer != remembered) {
      answers.put(asked, answer);
    }
    if (answer == null) {
      // One search per question at a time: the others who lost the same slot wait for its answer.
      synchronized (searching[Math.floorMod(asked.hashCode(), searching.length)]) {
        version = view.version();
        answer = stillGood(answers.get(asked), request, version, now);
        if (answer == null) {
          if (answers.size() >= MAX_REMEMBERED) {
            answers.clear();
          }
          answer = new Answer(alternatives(request), version, System.nanoTime());
          answers.put(asked, answer);
        }
      }
    }
    return new SlotTakenException(
        Phrase.of("the slot at {0} at {1} is taken", slot.start(), slot.location()),
        answer.alternatives());
  }

  /**
   * The answer, if it may be given again: not older than the view's max age, and heard of no change
   * since, or each of its slots still free in the view. Null otherwise.
   */
  private Answer stillGood(Answer answer, SlotRequest request, long version, long now) {
    if (answer == null || now - answer.at() >= view.maxAge().toNanos()) {
      return null;
    }
    if (answer.version() == version) {
      return answer;
    }
    CityProfile profile = city.cityProfile();
    HolidayCalendar holidays = new HolidayCalendar(profile.holidays());
    LocalDateTime today = LocalDateTime.now(clock);
    List<FreeSlot> still = new ArrayList<>();
    for (FreeSlot alternative : answer.alternatives()) {
      Location location = alternative.location();
      List<OpenWindow> windows =
          OpeningCalendar.resolve(
                  location,
                  alternative.start().toLocalDate(),
                  alternative.start().toLocalDate(),
                  holidays)
              .windows();
      List<DeskTime> taken =
          view.takenTime(Set.of(location.code()), alternative.start(), alternative.end(), today);
      int places =
          SlotFinder.freeDesks(location, request.need(), windows, taken, alternative.slot()).size();
      if (places == 0) {
        return null;
      }
      still.add(alternative.withPlacesLeft(places));
    }
    return new Answer(still, version, answer.at());
  }

  private List<FreeSlot> alternatives(SlotRequest request) {
    Slot slot = request.slot();
    CityProfile profile = city.cityProfile();
    LocalDateTime from = slot.start();
    Set<FreeSlot> alternatives = new LinkedHashSet<>();
    SlotPage here =
        search.search(
            List.of(request.location()),
            request.need(),
            profile,
            from,
            from.toLocalDate().plusDays(request.window().daysAhead()),
            s -> !s.equals(slot),
            ALTERNATIVES);
    alternatives.addAll(here.slots());
    // A document is picked up where it lies: no alternatives elsewhere.
    if (alternatives.size() < ALTERNATIVES && !request.need().pickup()) {
      OfferRules offer = new OfferRules(profile);
      List<Location> elsewhere =
          locations.findAll().stream()
              .filter(l -> !l.code().equals(slot.location()))
              .filter(
                  l ->
                      request.need().products().stream()
                          .allMatch(p -> offer.offers(l, p, OfferedService.APPOINTMENT)))
              .toList();
      SlotPage anywhere =
          search.search(
              elsewhere,
              request.need(),
              profile,
              from,
              from.toLocalDate().plusDays(request.window().daysAhead()),
              s -> true,
              ALTERNATIVES - alternatives.size());
      alternatives.addAll(anywhere.slots());
    }
    return List.copyOf(alternatives);
  }
}
