package be.loketopmaat.adapters.kiosk.session;

import be.loketopmaat.adapters.kiosk.hardware.CardRead;
import be.loketopmaat.adapters.kiosk.hardware.CardReader;
import be.loketopmaat.adapters.kiosk.hardware.DocumentPrinter;
import be.loketopmaat.adapters.kiosk.hardware.EidSession;
import be.loketopmaat.adapters.kiosk.hardware.PinOutcome;
import be.loketopmaat.adapters.kiosk.hardware.PrintOutcome;
import be.loketopmaat.adapters.kiosk.hardware.VerifiedCard;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * One kiosk's conversation with the citizen, as a state machine in plain Java: insert the card
 * (read and verified), enter the PIN, choose a document, print it, take the card. Removing the card
 * or a timeout without activity ends the session from any step, and ending wipes what the kiosk
 * held of the citizen: the verified card (identity, address, photo), the PIN the caller passed
 * (zeroed after use), the card session. The events come from the kiosk's screen and card reader;
 * the machine is not thread-safe by design: one kiosk loop drives it.
 */
public final class KioskSession {
  /** Where the citizen is. */
  public enum Step {
    INSERT_CARD,
    ENTER_PIN,
    CHOOSE,
    TAKE_CARD
  }

  /**
   * Makes the document for a choice; empty when it cannot now (the service is down, a refusal). A
   * kiosk that speaks to the city also opens the citizen's session there once the PIN is right (the
   * card signs the city's challenge), hears of failed logins, of what became of each print, and of
   * the session's end: the defaults do nothing, for a kiosk on its own.
   */
  @FunctionalInterface
  public interface Documents {
    Optional<DocumentPrinter.Document> make(VerifiedCard citizen, String choice);

    /** The PIN is right: opens the citizen's session; false when the city opens nothing. */
    default boolean signIn(EidSession card, VerifiedCard citizen) {
      return true;
    }

    /** A login failed on the card (a wrong or blocked PIN): never the PIN itself. */
    default void loginFailed(VerifiedCard citizen, String reason) {}

    /** What became of the document made last. */
    default void printed(PrintOutcome outcome) {}

    /** The session ended, however: the city ends it too. */
    default void signOut() {}
  }

  private final CardReader reader;
  private final DocumentPrinter printer;
  private final Documents documents;
  private final Clock clock;
  private final Duration timeout;

  private Step step = Step.INSERT_CARD;
  private Notice notice;
  private int triesLeft;
  private EidSession card;
  private VerifiedCard citizen;
  private boolean signedIn;
  private Instant lastActivity;

  public KioskSession(
      CardReader reader,
      DocumentPrinter printer,
      Documents documents,
      Clock clock,
      Duration timeout) {
    this.reader = reader;
    this.printer = printer;
    this.documents = documents;
    this.clock = clock;
    this.timeout = timeout;
    this.lastActivity = clock.instant();
  }

  public Step step() {
    return step;
  }

  /** What the screen says besides the step's own prompt, if anything. */
  public Optional<Notice> notice() {
    return Optional.ofNullable(notice);
  }

  /** Tries left after a wrong PIN (for {@link Notice#PIN_WRONG}). */
  public int triesLeft() {
    return triesLeft;
  }

  /** The citizen's verified card, only between a verified read and the end of the session. */
  public Optional<VerifiedCard> citizen() {
    return Optional.ofNullable(citizen);
  }

  /** A card went in: open it, read and verify it. */
  public void cardInserted() {
    if (step != Step.INSERT_CARD) {
      return;
    }
    touch();
    notice = null;
    CardReader.Opening opening = reader.open();
    if (opening instanceof CardReader.Opening.NoCard) {
      return;
    }
    if (opening instanceof CardReader.Opening.Unreadable) {
      stop(Notice.CARD_UNREADABLE);
      return;
    }
    card = ((CardReader.Opening.Opened) opening).session();
    CardRead<VerifiedCard> read = card.readVerified();
    if (read instanceof CardRead.Ok<VerifiedCard> ok) {
      citizen = ok.value();
      step = Step.ENTER_PIN;
    } else if (read instanceof CardRead.Removed) {
      endWith(Notice.CARD_REMOVED);
    } else if (read instanceof CardRead.Refused<VerifiedCard> refused) {
      stop(
          refused.reason() == CardRead.RefusalReason.EXPIRED
              ? Notice.CARD_EXPIRED
              : Notice.CARD_REFUSED);
    } else {
      stop(Notice.CARD_UNREADABLE);
    }
  }

  /** The citizen entered a PIN. The array is zeroed before this returns, whatever happens. */
  public void enterPin(char[] pin) {
    try {
      if (step != Step.ENTER_PIN) {
        return;
      }
      touch();
      PinOutcome outcome = card.verifyPin(pin);
      if (outcome instanceof PinOutcome.Accepted) {
        if (!documents.signIn(card, citizen)) {
          stop(Notice.CARD_REFUSED);
          return;
        }
        signedIn = true;
        notice = null;
        step = Step.CHOOSE;
      } else if (outcome instanceof PinOutcome.Wrong wrong) {
        documents.loginFailed(citizen, "PIN_WRONG");
        triesLeft = wrong.triesLeft();
        notice = Notice.PIN_WRONG;
      } else if (outcome instanceof PinOutcome.Invalid) {
        notice = Notice.PIN_INVALID;
      } else if (outcome instanceof PinOutcome.Blocked) {
        documents.loginFailed(citizen, "PIN_BLOCKED");
        stop(Notice.PIN_BLOCKED);
      } else if (outcome instanceof PinOutcome.Removed) {
        endWith(Notice.CARD_REMOVED);
      } else {
        stop(Notice.CARD_UNREADABLE);
      }
    } finally {
      if (pin != null) {
        Arrays.fill(pin, '\0');
      }
    }
  }

  /** The citizen chose a document: make it and print it. */
  public PrintOutcome choose(String choice) {
    if (step != Step.CHOOSE) {
      return new PrintOutcome.Rejected("nothing can be chosen at step " + step);
    }
    touch();
    Optional<DocumentPrinter.Document> document = documents.make(citizen, choice);
    if (document.isEmpty()) {
      notice = Notice.DOCUMENT_UNAVAILABLE;
      return new PrintOutcome.Rejected("the document could not be made");
    }
    PrintOutcome outcome = printer.print(document.get());
    documents.printed(outcome);
    if (outcome.printed()) {
      stop(Notice.PRINTED);
    } else if (outcome instanceof PrintOutcome.OutOfPaper) {
      stop(Notice.PRINTER_OUT_OF_PAPER);
    } else {
      stop(Notice.PRINTER_FAULT);
    }
    return outcome;
  }

  /**
   * The citizen is done before printing (a stop button, a request made elsewhere than on the
   * printer): the session is wiped and the card asked back, with {@code why} on the screen (or
   * nothing). Nothing happens while no card is being served.
   */
  public void finish(Notice why) {
    if (step == Step.ENTER_PIN || step == Step.CHOOSE) {
      stop(why);
    }
  }

  /** The card was taken out: the session ends, at any step. */
  public void cardRemoved() {
    Notice last = step == Step.TAKE_CARD ? null : Notice.CARD_REMOVED;
    endWith(step == Step.INSERT_CARD ? notice : last);
  }

  /** Called regularly by the kiosk loop: ends an idle session. */
  public void tick() {
    if (step == Step.INSERT_CARD
        || Duration.between(lastActivity, clock.instant()).compareTo(timeout) < 0) {
      return;
    }
    if (reader.isCardPresent()) {
      stop(Notice.TIMED_OUT);
      lastActivity = clock.instant();
    } else {
      endWith(Notice.TIMED_OUT);
    }
  }

  /** Wipes the citizen and asks for the card back. */
  private void stop(Notice why) {
    wipe();
    notice = why;
    step = Step.TAKE_CARD;
  }

  /** Wipes the citizen and waits for the next one. */
  private void endWith(Notice why) {
    wipe();
    notice = why;
    step = Step.INSERT_CARD;
  }

  private void wipe() {
    if (signedIn) {
      signedIn = false;
      documents.signOut();
    }
    citizen = null;
    triesLeft = 0;
    if (card != null) {
      card.close();
      card = null;
    }
  }

  private void touch() {
    lastActivity = clock.instant();
  }
}
