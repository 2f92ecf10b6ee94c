package be.loketopmaat.application.service;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.CityProfileUseCase;
import be.loketopmaat.application.port.in.FindSlotsUseCase;
import be.loketopmaat.application.port.out.DocumentOrderStore;
import be.loketopmaat.application.port.out.LocationRepository;
import be.loketopmaat.application.port.out.ProductRepository;
import be.loketopmaat.application.port.out.TakenTimeSource;
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
import be.loketopmaat.domain.city.District;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.location.Coordinates;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.offer.OfferRules;
import be.loketopmaat.domain.offer.OfferedService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Slot search. Days are searched a week at a time, earliest first, with the taken desk time of all
 * candidate locations read in one query per week, until the page is full.
 */
public final class SlotSearchService implements FindSlotsUseCase {
  public static final int MAX_PAGE = FindSlotsUseCase.MAX_PAGE;
  public static final int DEFAULT_PAGE = 20;

  /** How many days are read from the database at once. */
  static final int CHUNK_DAYS = 7;

  private static final Comparator<FreeSlot> ORDER =
      Comparator.comparing(FreeSlot::start).thenComparing(s -> s.locationCode().value());

  private final ProductRepository products;
  private final LocationRepository locations;
  private final TakenTimeSource appointments;
  private final CityProfileUseCase city;
  private final BookingRules rules;
  private final Pickups pickups;
  private final Clock clock;

  public SlotSearchService(
      ProductRepository products,
      LocationRepository locations,
      TakenTimeSource appointments,
      CityProfileUseCase city,
      BookingRules rules,
      Clock clock,
      DocumentOrderStore documents) {
    this.pickups = new Pickups(documents, products, locations, city);
    this.products = products;
    this.locations = locations;
    this.appointments = appointments;
    this.city = city;
    this.rules = rules;
    this.clock = clock;
  }

  @Override
  public SlotPage findSlots(SlotQuery query) {
    int limit = query.limit() <= 0 ? DEFAULT_PAGE : query.limit();
    if (limit > MAX_PAGE) {
      throw new InvalidInputException("limit", "at most {0} slots a page", MAX_PAGE);
    }
    if (query.mode() == null && query.pickupOf() == null) {
      throw new InvalidInputException("mode", "is required: proximity or flexible");
    }
    if (query.mode() == Mode.PROXIMITY && query.locations().isEmpty() && query.pickupOf() == null) {
      throw new InvalidInputException("location", "a proximity search names one or more locations");
    }
    if (query.from() != null && query.to() != null && query.to().isBefore(query.from())) {
      throw new InvalidInputException("to", "must not be before from");
    }
    List<Product> wanted;
    AppointmentNeed need;
    List<Location> candidates;
    CityProfile profile = city.cityProfile();
    if (query.pickupOf() != null) {
      // A pickup: the document's product, where the document lies, and nowhere else.
      if (query.persons() > 1) {
        throw new InvalidInputException("persons", "a document is picked up by one person");
      }
      Pickups.Pickup pickup =
          pickups.resolve(
              query.pickupOf(),
              query.products(),
              query.locations().size() == 1 ? query.locations().get(0) : null);
      if (query.locations().size() > 1) {
        throw new InvalidInputException(
            "location",
            "the document lies at {0}, so it is picked up there, not at {1}",
            pickup.location().code(),
            query.locations());
      }
      wanted = List.of(pickup.product());
      need = pickup.need();
      candidates = List.of(pickup.location());
    } else {
      wanted = resolve(query.products());
      need = new AppointmentNeed(wanted, query.persons() == 0 ? 1 : query.persons());
      candidates = candidates(query, need, profile);
    }
    LocalDateTime now = LocalDateTime.now(clock);
    BookingWindow window = rules.windowFor(wanted);
    LocalDateTime earliest = window.earliestStart(now);
    if (query.from() != null && query.from().atStartOfDay().isAfter(earliest)) {
      earliest = query.from().atStartOfDay();
    }
    if (query.after() != null && query.after().start().isAfter(earliest)) {
      earliest = query.after().start();
    }
    LocalDate lastDay = window.lastDay(now);
    if (query.to() != null && query.to().isBefore(lastDay)) {
      lastDay = query.to();
    }
    Predicate<Slot> filter = filter(query);
    SlotPage page = search(candidates, need, profile, earliest, lastDay, filter, limit);
    Coordinates origin = origin(query, profile);
    return origin == null
        ? page
        : new SlotPage(
            page.slots().stream().map(s -> s.withDistanceFrom(origin)).toList(), page.next());
  }

  /** The citizen's position, or else the centre of the one district they named. */
  private static Coordinates origin(SlotQuery query, CityProfile profile) {
    if (query.near() != null) {
      return query.near();
    }
    if (query.districts().size() == 1) {
      return profile
          .district(query.districts().iterator().next())
          .map(District::centre)
          .orElse(null);
    }
    return null;
  }

  /** The search itself, for the booking service's alternatives too. */
  SlotPage search(
      List<Location> candidates,
      AppointmentNeed need,
      CityProfile profile,
      LocalDateTime earliest,
      LocalDate lastDay,
      Predicate<Slot> filter,
      int limit) {
    if (candidates.isEmpty()) {
      return new SlotPage(List.of(), null);
    }
    HolidayCalendar holidays = new HolidayCalendar(profile.holidays());
    Set<LocationCode> codes = candidates.stream().map(Location::code).collect(Collectors.toSet());
    LocalDateTime now = LocalDateTime.now(clock);
    List<FreeSlot> found = new ArrayList<>();
    for (LocalDate day = earliest.toLocalDate();
        !day.isAfter(lastDay) && found.size() <= limit;
        day = day.plusDays(CHUNK_DAYS)) {
      LocalDate chunkEnd =
          day.plusDays(CHUNK_DAYS - 1).isAfter(lastDay) ? lastDay : day.plusDays(CHUNK_DAYS - 1);
      Map<LocationCode, List<DeskTime>> taken = new HashMap<>();
      for (DeskTime time :
          appointments.takenTime(
              codes, day.atStartOfDay(), chunkEnd.plusDays(1).atStartOfDay(), now)) {
        taken.computeIfAbsent(time.location(), l -> new ArrayList<>()).add(time);
      }
      List<FreeSlot> chunk = new ArrayList<>();
      for (Location location : candidates) {
        List<OpenWindow> windows =
            OpeningCalendar.resolve(location, day, chunkEnd, holidays).windows();
        chunk.addAll(
            SlotFinder.freeSlots(
                location,
                need,
                windows,
                taken.getOrDefault(location.code(), List.of()),
                earliest,
                filter));
      }
      chunk.sort(ORDER);
      found.addAll(chunk);
    }
    if (found.size() > limit) {
      List<FreeSlot> page = found.subList(0, limit);
      FreeSlot last = page.get(page.size() - 1);
      return new SlotPage(page, new Cursor(last.start(), last.locationCode()));
    }
    return new SlotPage(found, null);
  }

  /** How pickups are checked, for holds, bookings and reschedules too. */
  Pickups pickups() {
    return pickups;
  }

  List<Product> resolve(List<ProductCode> codes) {
    if (codes.isEmpty()) {
      throw new InvalidInputException("product", "name at least one product");
    }
    List<Product> resolved = new ArrayList<>();
    for (ProductCode code : codes) {
      resolved.add(
          products
              .findByCode(code)
              .orElseThrow(() -> new NotFoundException("product", code.value())));
    }
    return resolved;
  }

  /** The locations that offer every product by appointment, within the query's choice. */
  private List<Location> candidates(SlotQuery query, AppointmentNeed need, CityProfile profile) {
    OfferRules offer = new OfferRules(profile);
    List<Location> all = locations.findAll();
    Set<LocationCode> known = all.stream().map(Location::code).collect(Collectors.toSet());
    for (LocationCode chosen : query.locations()) {
      if (!known.contains(chosen)) {
        throw new NotFoundException("location", chosen.value());
      }
    }
    for (var district : query.districts()) {
      if (profile.district(district).isEmpty()) {
        throw new InvalidInputException("district", "unknown district '{0}'", district.value());
      }
    }
    return all.stream()
        .filter(l -> query.locations().isEmpty() || query.locations().contains(l.code()))
        .filter(l -> query.districts().isEmpty() || query.districts().contains(l.district()))
        .filter(
            l ->
                need.products().stream()
                    .allMatch(p -> offer.offers(l, p, OfferedService.APPOINTMENT)))
        .toList();
  }

  private static Predicate<Slot> filter(SlotQuery query) {
    Predicate<Slot> evening = Slot::evening;
    Predicate<Slot> saturday = Slot::saturday;
    // Evenings and Saturdays are both for who cannot come in office hours: asked together, either.
    Predicate<Slot> filter =
        query.eveningOnly() && query.saturdayOnly()
            ? evening.or(saturday)
            : query.eveningOnly() ? evening : query.saturdayOnly() ? saturday : slot -> true;
    Cursor after = query.after();
    if (after != null) {
      filter =
          filter.and(
              slot ->
                  slot.start().isAfter(after.start())
                      || (slot.start().equals(after.start())
                          && slot.location().value().compareTo(after.location().value()) > 0));
    }
    return filter;
  }
}
