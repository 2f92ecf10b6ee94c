package be.loketopmaat.bootstrap;

import be.loketopmaat.application.port.out.Notifier;
import be.loketopmaat.application.port.out.ParkingPermitStore;
import be.loketopmaat.application.port.out.RegisterReads;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.application.port.out.federal.PopulationRegister;
import be.loketopmaat.application.service.ParkingPermitService;
import be.loketopmaat.domain.population.NisCode;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Period;

/**
 * Wires resident parking permits and their automatic renewal: the register is the {@link
 * PopulationRegister} of {@link RegisterLinks}, the city is {@code loket.federal.municipality}, the
 * horizon and the reads at once are {@code loket.parking.renewal.*}.
 */
@Factory
public class ParkingLinks {

  @Singleton
  ParkingPermitService parkingPermitService(
      ParkingPermitStore permits,
      PopulationRegister register,
      RegisterReads reads,
      Notifier notifier,
      Transactions transactions,
      @Value("${loket.federal.municipality:11002}") String municipality,
      @Value("${loket.parking.renewal.horizon-days:30}") int horizonDays,
      @Value("${loket.parking.renewal.parallelism:4}") int parallelism,
      Clock clock) {
    return new ParkingPermitService(
        permits,
        register,
        reads,
        notifier,
        transactions,
        NisCode.of(municipality),
        Period.ofDays(horizonDays),
        parallelism,
        clock);
  }
}
