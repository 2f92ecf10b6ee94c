package be.loketopmaat.application.service;

import be.loketopmaat.application.port.out.federal.FederalOutbox;
import java.util.Set;

/**
 * Sends {@link FederalOutbox.Call#ORDER_CODES}: the letter with new PIN/PUK codes is ordered from
 * the card production, and its answer applied ({@link CodeLetters#order}) with the call marked done
 * in the same transaction. A refusal is an answer (the request ends REFUSED, the citizen is told);
 * a production that cannot be reached leaves the call to be retried.
 */
public final class CodeOrderSender implements OutboxCallSender {
  private final CodeLetters letters;
  private final FederalOutbox outbox;

  public CodeOrderSender(CodeLetters letters, FederalOutbox outbox) {
    this.letters = letters;
    this.outbox = outbox;
  }

  @Override
  public Set<FederalOutbox.Call> calls() {
    return Set.of(FederalOutbox.Call.ORDER_CODES);
  }

  @Override
  public void send(FederalOutbox.Entry entry, int attempts) {
    if (!letters.order(entry.subject(), () -> outbox.markDone(entry.id(), attempts))) {
      throw new Undeliverable("no PIN/PUK request " + entry.subject());
    }
  }
}
