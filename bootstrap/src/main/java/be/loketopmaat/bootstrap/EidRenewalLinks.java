package be.loketopmaat.bootstrap;

import be.loketopmaat.application.port.in.CityProfileUseCase;
import be.loketopmaat.application.port.out.AppointmentStore;
import be.loketopmaat.application.port.out.DeskTimeLedger;
import be.loketopmaat.application.port.out.DocumentOrderStore;
import be.loketopmaat.application.port.out.FairUseRecords;
import be.loketopmaat.application.port.out.Notifier;
import be.loketopmaat.application.port.out.RegisterReads;
import be.loketopmaat.application.port.out.SummonsStore;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.application.port.out.federal.ExpiringCards;
import be.loketopmaat.application.service.BookingRules;
import be.loketopmaat.application.service.Bookings;
import be.loketopmaat.application.service.CachingLocationRepository;
import be.loketopmaat.application.service.CachingProductRepository;
import be.loketopmaat.application.service.EidRenewalService;
import be.loketopmaat.application.service.EidRenewalSettings;
import be.loketopmaat.application.service.ManagementLinks;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.renewal.DueRule;
import be.loketopmaat.domain.renewal.KeptSlotCap;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Period;

/**
 * Wires proactive eID renewal: the cards that run out come from the register of {@link
 * RegisterLinks} ({@code GeefVervallendeKaarten}), slots are kept through the booking core of
 * {@link ApplicationServices}, the settings are {@code loket.eid-renewal.*}.
 */
@Factory
public class EidRenewalLinks {

  @Singleton
  EidRenewalSettings eidRenewalSettings(
      @Value("${loket.eid-renewal.horizon-days:90}") int horizonDays,
      @Value("${loket.eid-renewal.window-from-days:21}") int windowFrom,
      @Value("${loket.eid-renewal.window-to-days:42}") int windowTo,
      @Value("${loket.eid-renewal.keep-days-before:3}") int keepDaysBefore,
      @Value("${loket.eid-renewal.cap-per-day:-1}") int capPerDay,
      @Value("${loket.eid-renewal.cap-share-percent:20}") int capShare,
      @Value("${loket.eid-renewal.product:eid-application}") String product,
      @Value("${loket.eid-renewal.nearest-locations:3}") int nearest) {
    return new EidRenewalSettings(
        new DueRule(Period.ofDays(horizonDays)),
        windowFrom,
        windowTo,
        keepDaysBefore,
        // A number of kept slots a day, when given, replaces the share.
        capPerDay >= 0 ? KeptSlotCap.perDay(capPerDay) : KeptSlotCap.share(capShare),
        new ProductCode(product),
        nearest);
  }

  @Singleton
  EidRenewalService eidRenewalService(
      ExpiringCards cards,
      RegisterReads reads,
      SummonsStore summonses,
      DeskTimeLedger ledger,
      FairUseRecords fairUse,
      DocumentOrderStore documents,
      AppointmentStore appointments,
      CachingLocationRepository locations,
      CachingProductRepository products,
      CityProfileUseCase city,
      Notifier notifier,
      Transactions transactions,
      Bookings bookings,
      ManagementLinks links,
      BookingRules rules,
      EidRenewalSettings settings,
      Clock clock) {
    return new EidRenewalService(
        new EidRenewalService.Ports(
            cards,
            reads,
            summonses,
            ledger,
            fairUse,
            documents,
            appointments,
            locations,
            products,
            city,
            notifier,
            transactions),
        bookings,
        links,
        rules,
        settings,
        clock);
  }
}
