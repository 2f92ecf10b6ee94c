package be.loketopmaat.application.port.in;

import be.loketopmaat.domain.appointment.Appointment;
import be.loketopmaat.domain.renewal.Summons;
import be.loketopmaat.domain.renewal.SummonsOutcome;
import java.time.LocalDate;
import java.util.List;

/**
 * Proactive eID renewal: a daily run summons the residents whose identity card runs out within the
 * horizon, with a slot kept for them at a location near home (capped per location and day), or
 * invites them to book when nothing fits. The holder confirms (the kept slot becomes a booked
 * appointment) or releases (the slot is free at once) with the token of the summons' links; a slot
 * nobody confirmed lapses a few days before it and goes back. One summons per holder and card,
 * however often the run runs; every decision and every register read is recorded.
 */
public interface EidRenewalUseCase {

  int MAX_LIMIT = 1000;

  /**
   * What one run did. {@code alreadySummoned}: cards decided on by an earlier run (or skipped
   * earlier the same day). {@code complete} is false when the register went down: what was decided
   * is kept, the next run goes on ({@code stoppedBecause} says why).
   */
  record RunSummary(
      LocalDate date,
      LocalDate lastDue,
      int kept,
      int invited,
      int byPost,
      int skipped,
      int alreadySummoned,
      int lapsed,
      boolean complete,
      String stoppedBecause) {}

  /** The appointment a confirmed summons became, with its management code (given once). */
  record Confirmation(Summons summons, Appointment appointment, String managementCode) {}

  /**
   * Summons the holders of the cards that run out by {@code date} plus the horizon, once per card;
   * first gives back the kept slots that lapsed.
   *
   * @param by who started the run: a member of staff, or the schedule
   * @throws be.loketopmaat.domain.common.ConflictException while a run is under way already here
   */
  RunSummary run(LocalDate date, String by);

  /**
   * The summons of a token, as its holder sees it.
   *
   * @throws be.loketopmaat.application.NotFoundException for a token the city did not give
   */
  Summons view(String token);

  /**
   * Turns the kept slot into a booked appointment, once: a second confirmation (also a concurrent
   * one) is a conflict.
   *
   * @throws be.loketopmaat.application.NotFoundException for a token the city did not give
   * @throws be.loketopmaat.domain.common.ConflictException when the summons was confirmed, released
   *     or lapsed already, or has no slot
   */
  Confirmation confirm(String token);

  /**
   * Gives the kept slot back at once: the slot search shows it again.
   *
   * @throws be.loketopmaat.application.NotFoundException for a token the city did not give
   * @throws be.loketopmaat.domain.common.ConflictException when there is no kept slot any more
   */
  Summons release(String token);

  /** Gives back the kept slots that lapsed, telling their holders; how many. */
  int releaseLapsed();

  /** The decisions of the runs for {@code runDate}, of one outcome or (null) all, in order. */
  List<Summons> decisions(LocalDate runDate, SummonsOutcome outcome, int limit);
}
