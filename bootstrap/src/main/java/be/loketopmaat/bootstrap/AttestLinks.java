package be.loketopmaat.bootstrap;

import be.loketopmaat.application.port.out.AttestRequestStore;
import be.loketopmaat.application.port.out.RegisterReads;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.application.port.out.federal.CitizenMailbox;
import be.loketopmaat.application.port.out.federal.FederalOutbox;
import be.loketopmaat.application.port.out.federal.PopulationRegister;
import be.loketopmaat.application.service.AttestDelivery;
import be.loketopmaat.application.service.AttestRequestService;
import be.loketopmaat.application.service.OutboxCallSender;
import be.loketopmaat.domain.population.NisCode;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/**
 * Wires attests delivered automatically: the e-counter's use case, the delivery that goes out as
 * {@link FederalOutbox.Call#DELIVER_ATTEST} through a sender of its own (the population register
 * and the eBox of {@link RegisterLinks}), and the hourly clean-up of ended requests past {@code
 * loket.attests.retention}.
 */
@Factory
public class AttestLinks {

  @Singleton
  AttestRequestService attestRequestService(
      AttestRequestStore requests,
      FederalOutbox outbox,
      Transactions transactions,
      @Value("${loket.attests.retention:90d}") Duration retention,
      Clock clock) {
    return new AttestRequestService(requests, outbox, transactions, retention, clock);
  }

  @Singleton
  OutboxCallSender attestDelivery(
      AttestRequestStore requests,
      PopulationRegister register,
      CitizenMailbox mailbox,
      RegisterReads reads,
      FederalOutbox outbox,
      Transactions transactions,
      @Value("${loket.federal.municipality:11002}") String municipality,
      Clock clock) {
    return new AttestDelivery(
        requests, register, mailbox, reads, outbox, transactions, NisCode.of(municipality), clock);
  }
}
