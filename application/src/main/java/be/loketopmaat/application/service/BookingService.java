package be.loketopmaat.application.service;

import be.loketopmaat.application.AlreadyExistsException;
import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.BookAppointmentUseCase;
import be.loketopmaat.application.port.in.CityProfileUseCase;
import be.loketopmaat.application.port.in.FindSlotsUseCase.SlotPage;
import be.loketopmaat.application.port.out.AppointmentRepository;
import be.loketopmaat.application.port.out.AppointmentRepository.DeskTimeTakenException;
import be.loketopmaat.application.port.out.IdempotencyStore;
import be.loketopmaat.application.port.out.LocationRepository;
import be.loketopmaat.application.port.out.Notifier;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.appointment.AppointmentNeed;
import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.appointment.BookingWindow;
import be.loketopmaat.domain.appointment.DeskTime;
import be.loketopmaat.domain.appointment.Hold;
import be.loketopmaat.domain.appointment.ManagementCode;
import be.loketopmaat.domain.appointment.Slot;
import be.loketopmaat.domain.appointment.SlotFinder;
import be.loketopmaat.domain.calendar.HolidayCalendar;
import be.loketopmaat.domain.calendar.OpenWindow;
import be.loketopmaat.domain.calendar.OpeningCalendar;
import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.catalogue.Product;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.city.CityProfile;
import be.loketopmaat.domain.common.ConflictException;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.location.Desk;
import be.loketopmaat.domain.location.Location;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.notification.AppointmentMessages;
import be.loketopmaat.domain.notification.MessageKind;
import be.loketopmaat.domain.offer.OfferRules;
import be.loketopmaat.domain.offer.OfferedService;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Holds, bookings, rescheduling and cancelling. Every write that takes desk time runs in one transaction:
 * lock the desk's day, check what is taken, write. The lock is the database's, so the guarantee holds
 * across instances that share it. Fair use is checked under a lock on the citizen in the same way.
 */
public final class BookingService implements BookAppointmentUseCase {
  /** How many alternatives a lost race offers. */
  static final int ALTERNATIVES = 5;
  private static final int REFERENCE_ATTEMPTS = 5;

  private final SlotSearchService search;
  private final LocationRepository locations;
  private final AppointmentRepository appointments;
  private final IdempotencyStore idempotency;
  private final Notifier notifier;
  private final Transactions transactions;
  private final CityProfileUseCase city;
  private final BookingRules rules;
  private final Clock clock;

  public BookingService(SlotSearchService search, LocationRepository locations, AppointmentRepository appointments,
      IdempotencyStore idempotency, Notifier notifier, Transactions transactions, CityProfileUseCase city,
      BookingRules rules, Clock clock) {
    this.search = search;
    this.locations = locations;
    this.appointments = appointments;
    this.idempotency = idempotency;
    this.notifier = notifier;
    this.transactions = transactions;
    this.city = city;
    this.rules = rules;
    this.clock = clock;
  }

  @Override
  public Hold hold(HoldCommand command) {
    Request request = request(command.what(), command.location(), command.start());
    LocalDateTime now = now();
    try {
      return transactions.inTransaction(() -> {
        if (command.insz() != null) {
          refuseRecentlyReleased(command.insz(), request.slot(), now);
        }
        String desk = secureDesk(request, now, null);
        Hold hold = new Hold(UUID.randomUUID(), request.slot().location(), desk, request.slot().start(),
            request.slot().end(), codes(request.need()), request.need().persons(), now.plus(rules.holdFor()));
        appointments.insertHold(hold, command.insz() == null ? null : command.insz().digits());
        return hold;
      });
    } catch (DeskTimeTakenException | SlotTakenException e) {
      throw taken(request);
    }
  }

  @Override
  public Booking book(BookCommand command) {
    if (command.citizen() == null) {
      throw new InvalidInputException("citizen", "is required");
    }
    String fingerprint = fingerprint(command);
    if (command.idempotencyKey() != null) {
      Optional<Booking> earlier = earlierBooking(command, fingerprint);
      if (earlier.isPresent()) {
        return earlier.get();
      }
    }
    Request request = command.holdId() == null ? request(command.what(), command.location(), command.start()) : null;
    LocalDateTime now = now();
    try {
      return transactions.inTransaction(() -> {
        if (command.idempotencyKey() != null) {
          idempotency.claim(command.client(), command.idempotencyKey(), fingerprint, now);
        }
        Citizen citizen = command.citizen();
        appointments.lockCitizen(citizen.insz());
        Slot slot;
        String desk;
        List<ProductCode> products;
        int persons;
        if (command.holdId() != null) {
          Hold seen = appointments.findHold(command.holdId())
              .orElseThrow(() -> new NotFoundException("hold", command.holdId().toString()));
          // Under the desk's lock, read the hold again: a booking that released it as expired in the
          // meantime may have taken the slot.
          appointments.lockDeskDay(seen.location(), seen.desk(), seen.start().toLocalDate());
          Hold hold = appointments.findHold(command.holdId())
              .orElseThrow(() -> new NotFoundException("hold", command.holdId().toString()));
          if (hold.expiredAt(now)) {
            throw new ConflictException("hold-expired", "the hold has expired; search again and hold a new slot");
          }
          appointments.deleteHold(hold.id());
          slot = hold.slot();
          desk = hold.desk();
          products = hold.products();
          persons = hold.persons();
          refuseRecentlyReleased(citizen.insz(), slot, now);
          requireFairUse(citizen.insz(), products);
        } else {
          slot = request.slot();
          products = codes(request.need());
          persons = request.need().persons();
          refuseRecentlyReleased(citizen.insz(), slot, now);
          requireFairUse(citizen.insz(), products);
          desk = secureDesk(request, now, null);
        }
        String code = ManagementCode.generate();
        Channel channel = command.channel() == null ? Channel.E_COUNTER : command.channel();
        Appointment appointment = insertWithFreshReference(
            reference -> Appointment.book(reference, ManagementCode.hash(code), desk, slot, products, persons,
                citizen, channel));
        notify(MessageKind.CONFIRMATION, appointment, now);
        if (command.idempotencyKey() != null) {
          idempotency.complete(command.client(), command.idempotencyKey(), appointment.reference(), code);
        }
        return new Booking(appointment, code);
      });
    } catch (AlreadyExistsException e) {
      if (command.idempotencyKey() != null) {
        // A concurrent request with the same key won: answer with its booking.
        return earlierBooking(command, fingerprint).orElseThrow(() -> e);
      }
      throw e;
    } catch (DeskTimeTakenException e) {
      throw request == null ? new SlotTakenException("the slot was taken", List.of()) : taken(request);
    } catch (SlotTakenException e) {
      throw e.alternatives().isEmpty() && request != null ? taken(request) : e;
    }
  }

  @Override
  public Appointment get(AppointmentReference reference, String managementCode) {
    return authorised(appointments.findByReference(reference), reference, managementCode);
  }

  /** Within a transaction: the appointment, locked against concurrent changes, if the code matches. */
  private Appointment getForUpdate(AppointmentReference reference, String managementCode) {
    return authorised(appointments.findByReferenceForUpdate(reference), reference, managementCode);
  }

  private static Appointment authorised(Optional<Appointment> found, AppointmentReference reference,
      String managementCode) {
    Appointment appointment = found.orElseThrow(() -> new NotFoundException("appointment", reference.value()));
    if (!ManagementCode.matches(managementCode, appointment.managementCodeHash())) {
      // The same answer as an unknown reference: a wrong code tells nothing about what exists.
      throw new NotFoundException("appointment", reference.value());
    }
    return appointment;
  }

  @Override
  public Appointment reschedule(AppointmentReference reference, String managementCode, LocationCode location,
      LocalDateTime start) {
    Appointment current = get(reference, managementCode);
    Request request = request(new What(current.products(), current.persons()), location, start);
    LocalDateTime now = now();
    try {
      return transactions.inTransaction(() -> {
        appointments.lockCitizen(current.citizen().insz());
        Appointment fresh = getForUpdate(reference, managementCode);
        String desk = secureDesk(request, now, fresh.id());
        Appointment moved = fresh.movedTo(request.slot(), desk);
        appointments.update(moved);
        appointments.recordRelease(fresh.citizen().insz(), fresh.slot(), now);
        notify(MessageKind.CHANGE, moved, now);
        return moved;
      });
    } catch (DeskTimeTakenException | SlotTakenException e) {
      throw taken(request);
    }
  }

  @Override
  public Appointment cancel(AppointmentReference reference, String managementCode) {
    LocalDateTime now = now();
    return transactions.inTransaction(() -> {
      Appointment cancelled = getForUpdate(reference, managementCode).cancel(now);
      appointments.update(cancelled);
      appointments.recordRelease(cancelled.citizen().insz(), cancelled.slot(), now);
      notify(MessageKind.CANCELLATION, cancelled, now);
      return cancelled;
    });
  }

  private Optional<Booking> earlierBooking(BookCommand command, String fingerprint) {
    return idempotency.find(command.client(), command.idempotencyKey())
        .filter(stored -> stored.reference() != null)
        .map(stored -> {
          if (!stored.fingerprint().equals(fingerprint)) {
            throw new ConflictException("idempotency-key-reused",
                "this Idempotency-Key was used before for another request");
          }
          Appointment appointment = appointments.findByReference(stored.reference())
              .orElseThrow(() -> new IllegalStateException("idempotent booking lost: " + stored.reference()));
          return new Booking(appointment, stored.managementCode());
        });
  }

  private Appointment insertWithFreshReference(java.util.function.Function<AppointmentReference, Appointment> make) {
    for (int attempt = 1; ; attempt++) {
      Appointment appointment = make.apply(AppointmentReference.random());
      if (appointments.findByReference(appointment.reference()).isPresent()) {
        if (attempt >= REFERENCE_ATTEMPTS) {
          throw new IllegalStateException("no free appointment reference after " + attempt + " attempts");
        }
        continue;
      }
      appointments.insert(appointment);
      return appointment;
    }
  }

  /**
   * Takes the first capable desk that is free for the whole slot: lock its day, check what is taken,
   * next desk if it is not free. {@code ignoring} is the appointment being moved, whose own time does not
   * count against itself.
   */
  private String secureDesk(Request request, LocalDateTime now, UUID ignoring) {
    Slot slot = request.slot();
    Location location = request.location();
    if (!SlotFinder.fitsAWindow(request.windows(), slot)) {
      throw new SlotTakenException("no slot starts at " + slot.start() + " at " + location.code(), List.of());
    }
    // A first look without locks skips the desks that are taken, so that a busy location does not cost a
    // lock and a check per taken desk; the check under the lock below is what decides. Desks are locked
    // in the location's own order, the same for every transaction, so that two never wait for each other.
    Set<String> seemTaken = appointments.takenTime(Set.of(location.code()), slot.start(), slot.end(), now).stream()
        .filter(t -> !t.id().equals(ignoring))
        .map(DeskTime::desk)
        .collect(Collectors.toSet());
    List<Desk> candidates = location.desks().stream()
        .filter(desk -> desk.capabilities().containsAll(request.need().deskCapabilities()))
        .filter(desk -> !seemTaken.contains(desk.code()))
        .toList();
    for (Desk desk : candidates) {
      appointments.lockDeskDay(location.code(), desk.code(), slot.start().toLocalDate());
      appointments.releaseExpiredHolds(location.code(), desk.code(), now);
      List<DeskTime> taken = appointments.takenTime(Set.of(location.code()), slot.start(), slot.end(), now).stream()
          .filter(t -> t.desk().equals(desk.code()))
          .filter(t -> !t.id().equals(ignoring))
          .toList();
      if (taken.stream().noneMatch(t -> t.overlaps(slot.start(), slot.end()))) {
        return desk.code();
      }
    }
    throw new SlotTakenException("the slot at " + slot.start() + " at " + location.code() + " is taken", List.of());
  }

  private void requireFairUse(NationalNumber insz, List<ProductCode> products) {
    List<Appointment> open = appointments.findOpenByCitizen(insz);
    if (open.size() >= rules.maxOpenAppointments()) {
      throw new ConflictException("too-many-appointments", "a citizen has at most " + rules.maxOpenAppointments()
          + " open appointments; cancel one first");
    }
    Set<ProductCode> booked = open.stream().flatMap(a -> a.products().stream()).collect(Collectors.toSet());
    for (ProductCode product : products) {
      if (booked.contains(product)) {
        throw new ConflictException("product-already-booked", "there is already an open appointment for '"
            + product + "'; reschedule that one instead");
      }
    }
  }

  private void refuseRecentlyReleased(NationalNumber insz, Slot slot, LocalDateTime now) {
    if (appointments.releasedSince(insz, slot, now.minus(rules.releaseCooldown()))) {
      throw new ConflictException("recently-released", "this slot was given up by the same citizen less than "
          + rules.releaseCooldown().toMinutes() + " minutes ago");
    }
  }

  private void notify(MessageKind kind, Appointment appointment, LocalDateTime now) {
    Location location = locations.findByCode(appointment.location()).orElseThrow();
    notifier.enqueue(AppointmentMessages.write(kind, appointment, location),
        appointment.reference() + ":" + kind + ":" + now, now);
  }

  private SlotTakenException taken(Request request) {
    Slot slot = request.slot();
    CityProfile profile = city.cityProfile();
    LocalDateTime from = slot.start();
    Set<Slot> alternatives = new LinkedHashSet<>();
    SlotPage here = search.search(List.of(request.location()), request.need(), profile, from,
        from.toLocalDate().plusDays(request.window().daysAhead()), s -> !s.equals(slot), ALTERNATIVES);
    alternatives.addAll(here.slots());
    if (alternatives.size() < ALTERNATIVES) {
      OfferRules offer = new OfferRules(profile);
      List<Location> elsewhere = locations.findAll().stream()
          .filter(l -> !l.code().equals(slot.location()))
          .filter(l -> request.need().products().stream().allMatch(p -> offer.offers(l, p, OfferedService.APPOINTMENT)))
          .toList();
      SlotPage anywhere = search.search(elsewhere, request.need(), profile, from,
          from.toLocalDate().plusDays(request.window().daysAhead()), s -> true, ALTERNATIVES - alternatives.size());
      alternatives.addAll(anywhere.slots());
    }
    return new SlotTakenException("the slot at " + slot.start() + " at " + slot.location() + " is taken",
        new ArrayList<>(alternatives));
  }

  /** Resolves and checks what is asked, outside any transaction. */
  private Request request(What what, LocationCode locationCode, LocalDateTime start) {
    if (what == null) {
      throw new InvalidInputException("products", "name at least one product");
    }
    if (locationCode == null) {
      throw new InvalidInputException("location", "is required");
    }
    if (start == null) {
      throw new InvalidInputException("start", "is required");
    }
    List<Product> products = search.resolve(what.products());
    AppointmentNeed need = new AppointmentNeed(products, what.persons() == 0 ? 1 : what.persons());
    Location location = locations.findByCode(locationCode)
        .orElseThrow(() -> new NotFoundException("location", locationCode.value()));
    CityProfile profile = city.cityProfile();
    OfferRules offer = new OfferRules(profile);
    for (Product product : products) {
      if (!offer.offers(location, product, OfferedService.APPOINTMENT)) {
        throw new InvalidInputException("location", location.code() + " does not offer '" + product.code()
            + "' by appointment");
      }
    }
    BookingWindow window = rules.windowFor(products);
    LocalDateTime now = now();
    if (start.isBefore(window.earliestStart(now)) || start.toLocalDate().isAfter(window.lastDay(now))) {
      throw new InvalidInputException("start", "can be booked from " + window.earliestStart(now).withSecond(0)
          .withNano(0) + " to the end of " + window.lastDay(now));
    }
    Slot slot = new Slot(location.code(), start, start.plus(need.duration()));
    List<OpenWindow> windows = OpeningCalendar.resolve(location, start.toLocalDate(), start.toLocalDate(),
        new HolidayCalendar(profile.holidays())).windows();
    return new Request(location, need, slot, windows, window);
  }

  private static List<ProductCode> codes(AppointmentNeed need) {
    return need.products().stream().map(Product::code).toList();
  }

  /** Everything a booking request says: a retry must say the same to get the first result. */
  private static String fingerprint(BookCommand command) {
    return String.join("|", String.valueOf(command.holdId()),
        command.what() == null ? "" : command.what().products() + "x" + command.what().persons(),
        String.valueOf(command.location()), String.valueOf(command.start()), String.valueOf(command.channel()),
        command.citizen() == null ? "" : String.join("/", command.citizen().insz().digits(), command.citizen().name(),
            String.valueOf(command.citizen().email()), String.valueOf(command.citizen().phone()),
            String.valueOf(command.citizen().language())));
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }

  private record Request(Location location, AppointmentNeed need, Slot slot, List<OpenWindow> windows,
      BookingWindow window) {}
}
