package be.loketopmaat.bootstrap;

import be.loketopmaat.application.port.out.CodeRequestStore;
import be.loketopmaat.application.port.out.DocumentOrderStore;
import be.loketopmaat.application.port.out.Notifier;
import be.loketopmaat.application.port.out.Transactions;
import be.loketopmaat.application.port.out.federal.DocumentProduction;
import be.loketopmaat.application.port.out.federal.FederalOutbox;
import be.loketopmaat.application.service.CachingLocationRepository;
import be.loketopmaat.application.service.CodeLetters;
import be.loketopmaat.application.service.CodeOrderSender;
import be.loketopmaat.application.service.OutboxCallSender;
import be.loketopmaat.application.service.PinCodeService;
import be.loketopmaat.domain.population.NisCode;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Wires requests for new PIN/PUK codes: the desk's use case, the road of the letter on the card
 * production's side (its order goes out as {@link FederalOutbox.Call#ORDER_CODES} through a sender
 * of its own; its events come on the production's feed, which {@link FederalLinks} follows).
 */
@Factory
public class PinCodeLinks {

  @Singleton
  PinCodeService pinCodeService(
      CodeRequestStore requests,
      DocumentOrderStore documents,
      FederalOutbox outbox,
      CachingLocationRepository locations,
      Transactions transactions,
      Clock clock) {
    return new PinCodeService(requests, documents, outbox, locations, transactions, clock);
  }

  @Singleton
  CodeLetters codeLetters(
      DocumentProduction production,
      CodeRequestStore requests,
      Notifier notifier,
      CachingLocationRepository locations,
      Transactions transactions,
      @Value("${loket.federal.municipality:11002}") String municipality,
      Clock clock) {
    return new CodeLetters(
        production, requests, notifier, locations, transactions, NisCode.of(municipality), clock);
  }

  @Singleton
  OutboxCallSender codeOrderSender(CodeLetters letters, FederalOutbox outbox) {
    return new CodeOrderSender(letters, outbox);
  }
}
