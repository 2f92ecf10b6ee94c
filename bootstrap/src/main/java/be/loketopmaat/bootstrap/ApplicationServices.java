package be.loketopmaat.bootstrap;

import be.loketopmaat.application.port.in.BookAppointmentUseCase;
import be.loketopmaat.application.port.in.CityProfileUseCase;
import be.loketopmaat.application.port.in.DatabaseAvailabilityUseCase;
import be.loketopmaat.application.port.in.HoldSlotUseCase;
import be.loketopmaat.application.port.in.ManageAppointmentUseCase;
import be.loketopmaat.application.port.in.RecoverLinkUseCase;
import be.loketopmaat.application.port.in.StaffAppointmentsUseCase;
import be.loketopmaat.application.port.out.AgendaQueries;
import be.loketopmaat.application.port.out.AppointmentStore;
import be.loketopmaat.application.port.out.CityProfileRepository;
import be.loketopmaat.application.port.out.DatabaseProbe;
import be.loketopmaat.application.port.out.DeskTimeChanges;
import be.loketopmaat.application.port.out.DeskTimeLedger;
import be.loketopmaat.application.port.out.DocumentOrderStore;
import be.loketopmaat.application.port.out.FairUseRecords;
import be.loketopmaat.application.port.out.IdempotencyStore;
import be.loketopmaat.application.port.out.LocationRepository;
import be.loketopmaat.application.port.out.Notifier;
import be.loketopmaat.application.port.out.ProductRepository;
import be.loketopmaat.application.port.out.ReferenceDataSource;
import be.loketopmaat.application.port.out.StaffActionLog;
import be.loketopmaat.application.port.out.TicketRepository;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.application.service.BookingRules;
import be.loketopmaat.application.service.Bookings;
import be.loketopmaat.application.service.CachingLocationRepository;
import be.loketopmaat.application.service.CachingProductRepository;
import be.loketopmaat.application.service.CatalogueService;
import be.loketopmaat.application.service.ChannelAdviceService;
import be.loketopmaat.application.service.CityProfiles;
import be.loketopmaat.application.service.CounterAgendaService;
import be.loketopmaat.application.service.CounterQueueService;
import be.loketopmaat.application.service.CounterRules;
import be.loketopmaat.application.service.DatabaseAvailability;
import be.loketopmaat.application.service.Housekeeping;
import be.loketopmaat.application.service.LocationService;
import be.loketopmaat.application.service.ManagementLinks;
import be.loketopmaat.application.service.ReferenceDataService;
import be.loketopmaat.application.service.ReminderService;
import be.loketopmaat.application.service.SlotSearchService;
import be.loketopmaat.application.service.TakenTimeView;
import be.loketopmaat.application.service.VisitService;
import be.loketopmaat.domain.appointment.BookingWindow;
import be.loketopmaat.domain.calendar.CityTime;
import be.loketopmaat.domain.catalogue.ProductCode;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Wires the application services by calling their constructors, so that the core carries no
 * framework annotation. Each bean is exposed under the in-ports its class implements.
 */
@Factory
public class ApplicationServices {
  /**
   * The city's own time: "today" for a calendar is today in Belgium, whatever the server's zone.
   */
  @Singleton
  Clock clock() {
    return Clock.system(CityTime.ZONE);
  }

  /**
   * The catalogue and the locations as the use cases read them: from memory, refreshed at least
   * every {@code loket.cache.reference-data-ttl} (another instance's staff changes show after
   * that). Typed to the class only, so that the adapters stay the one {@link ProductRepository} and
   * {@link LocationRepository}.
   */
  @Singleton
  @Bean(typed = CachingProductRepository.class)
  CachingProductRepository cachedProducts(
      ProductRepository products,
      Clock clock,
      @Value("${loket.cache.reference-data-ttl:10s}") Duration timeToLive,
      DatabaseAvailabilityUseCase database) {
    return new CachingProductRepository(products, timeToLive, clock, database::databaseAvailable);
  }

  @Singleton
  @Bean(typed = CachingLocationRepository.class)
  CachingLocationRepository cachedLocations(
      LocationRepository locations,
      Clock clock,
      @Value("${loket.cache.reference-data-ttl:10s}") Duration timeToLive,
      DatabaseAvailabilityUseCase database) {
    return new CachingLocationRepository(locations, timeToLive, clock, database::databaseAvailable);
  }

  @Singleton
  CityProfiles cityProfiles(
      CityProfileRepository repository,
      Clock clock,
      @Value("${loket.cache.reference-data-ttl:10s}") Duration timeToLive,
      DatabaseAvailabilityUseCase database) {
    return new CityProfiles(repository, timeToLive, clock, database::databaseAvailable);
  }

  @Singleton
  CatalogueService catalogueService(CachingProductRepository products) {
    return new CatalogueService(products);
  }

  @Singleton
  LocationService locationService(
      CachingLocationRepository locations,
      CachingProductRepository products,
      CityProfileUseCase city,
      Clock clock) {
    return new LocationService(locations, products, city, clock);
  }

  @Singleton
  ChannelAdviceService channelAdviceService(
      CachingProductRepository products,
      CachingLocationRepository locations,
      CityProfileUseCase city) {
    return new ChannelAdviceService(products, locations, city);
  }

  @Singleton
  BookingRules bookingRules(
      BookingConfiguration booking, List<ProductBookingWindowConfiguration> products) {
    BookingWindow defaultWindow = new BookingWindow(booking.getLeadTime(), booking.getDaysAhead());
    Map<ProductCode, BookingWindow> windows = new HashMap<>();
    for (ProductBookingWindowConfiguration product : products) {
      windows.put(
          new ProductCode(product.getProduct()),
          new BookingWindow(
              product.getLeadTime() != null ? product.getLeadTime() : defaultWindow.leadTime(),
              product.getDaysAhead() != null ? product.getDaysAhead() : defaultWindow.daysAhead()));
    }
    return new BookingRules(
        booking.getHoldFor(),
        booking.getMaxOpenAppointments(),
        booking.getReleaseCooldown(),
        booking.getMaxLiveHolds(),
        booking.getCheckInGrace(),
        defaultWindow,
        booking.getDeskLeadTime(),
        windows);
  }

  /**
   * Taken desk time in memory, for searches and a booking's first look; told of this instance's
   * changes by the services and of the others' by {@link DeskTimeChanges}, and read again at least
   * every {@code loket.booking.taken-time-max-age}.
   */
  @Singleton
  TakenTimeView takenTimeView(
      DeskTimeLedger ledger,
      DeskTimeChanges changes,
      @Value("${loket.booking.taken-time-max-age:2s}") Duration maxAge) {
    TakenTimeView view = new TakenTimeView(ledger, maxAge);
    changes.listen(view);
    return view;
  }

  @Singleton
  SlotSearchService slotSearchService(
      CachingProductRepository products,
      CachingLocationRepository locations,
      TakenTimeView view,
      CityProfileUseCase city,
      BookingRules rules,
      Clock clock,
      DocumentOrderStore documents) {
    return new SlotSearchService(products, locations, view, city, rules, clock, documents);
  }

  /** Whether the database answers, asked at most once every {@code loket.database.probe-every}. */
  @Singleton
  DatabaseAvailabilityUseCase databaseAvailability(
      DatabaseProbe probe,
      @Value("${loket.database.probe-every:1s}") Duration every,
      @Value("${loket.database.retry-after:5s}") Duration retryAfter,
      Clock clock) {
    return new DatabaseAvailability(probe, every, retryAfter, clock);
  }

  /**
   * Built at startup, so that a wrong {@code loket.public-url} stops the service with its reason
   * instead of failing the first booking.
   */
  @Context
  ManagementLinks managementLinks(@Value("${loket.public-url}") String publicUrl) {
    return new ManagementLinks(publicUrl);
  }

  /**
   * The booking core; its use cases are the beans below. Built at startup, so that a wrong calendar
   * organizer address ({@code loket.calendar.organizer-email}, else {@code loket.mail.from}) stops
   * the service with its reason instead of failing the first booking.
   */
  @Context
  @Bean(typed = Bookings.class)
  Bookings bookings(
      SlotSearchService search,
      CachingLocationRepository locations,
      CachingProductRepository products,
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
      @Value("${loket.calendar.organizer-email:}") String organizerEmail,
      @Value("${loket.mail.from:afspraken@loket.invalid}") String mailFrom) {
    return new Bookings(
        search,
        locations,
        products,
        city,
        ledger,
        store,
        fairUse,
        idempotency,
        notifier,
        transactions,
        rules,
        clock,
        view,
        agenda,
        staffLog,
        links,
        addressOf(organizerEmail.isBlank() ? mailFrom : organizerEmail));
  }

  private static final java.util.regex.Pattern NAMED_ADDRESS =
      java.util.regex.Pattern.compile(".*<([^<>]+)>\\s*");

  /** The address of a mailbox written {@code Name <address>}, as the mail sender may be. */
  static String addressOf(String mailbox) {
    java.util.regex.Matcher named = NAMED_ADDRESS.matcher(mailbox);
    return named.matches() ? named.group(1).strip() : mailbox.strip();
  }

  @Singleton
  HoldSlotUseCase holdSlot(Bookings bookings) {
    return bookings.holds();
  }

  @Singleton
  BookAppointmentUseCase bookAppointment(Bookings bookings) {
    return bookings.bookings();
  }

  @Singleton
  ManageAppointmentUseCase manageAppointment(Bookings bookings) {
    return bookings.appointments();
  }

  @Singleton
  StaffAppointmentsUseCase staffAppointments(Bookings bookings) {
    return bookings.staff();
  }

  @Singleton
  RecoverLinkUseCase recoverLink(Bookings bookings) {
    return bookings.linkRecovery();
  }

  @Singleton
  CounterRules counterRules(CounterConfiguration counter) {
    return new CounterRules(counter.getOpenMargin(), counter.getMaxWaitingTicketsPerClient());
  }

  @Singleton
  VisitService visitService(
      AppointmentStore store,
      Bookings bookings,
      Transactions transactions,
      BookingRules rules,
      CachingLocationRepository locations,
      CityProfileUseCase city,
      CounterRules counterRules,
      StaffActionLog staffLog,
      Clock clock) {
    return new VisitService(
        store, bookings, transactions, rules, locations, city, counterRules, staffLog, clock);
  }

  @Singleton
  CounterQueueService counterQueueService(
      AppointmentStore store,
      AgendaQueries agenda,
      TicketRepository tickets,
      DeskTimeLedger ledger,
      CachingLocationRepository locations,
      CachingProductRepository products,
      CityProfileUseCase city,
      Transactions transactions,
      CounterRules counterRules,
      Clock clock) {
    return new CounterQueueService(
        store,
        agenda,
        tickets,
        ledger,
        locations,
        products,
        city,
        transactions,
        counterRules,
        clock);
  }

  @Singleton
  CounterAgendaService counterAgendaService(
      AgendaQueries agenda,
      DeskTimeLedger ledger,
      Bookings bookings,
      TicketRepository tickets,
      CachingLocationRepository locations,
      Transactions transactions,
      Clock clock) {
    return new CounterAgendaService(
        agenda, ledger, bookings, tickets, locations, transactions, clock);
  }

  @Singleton
  ReminderService reminderService(
      AgendaQueries agenda,
      CachingLocationRepository locations,
      CachingProductRepository products,
      Notifier notifier,
      Transactions transactions,
      Clock clock) {
    return new ReminderService(agenda, locations, products, notifier, transactions, clock);
  }

  @Singleton
  Housekeeping housekeeping(
      IdempotencyStore idempotency,
      DeskTimeLedger ledger,
      Clock clock,
      @Value("${loket.booking.idempotency-retention:24h}") Duration retention) {
    return new Housekeeping(idempotency, ledger, retention, clock);
  }

  @Singleton
  ReferenceDataService referenceDataService(
      ReferenceDataSource source,
      CityProfileRepository cities,
      ProductRepository products,
      LocationRepository locations,
      Transactions transactions) {
    return new ReferenceDataService(source, cities, products, locations, transactions);
  }
}
