package be.loketopmaat.application.port.out;

import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.renewal.Summons;
import be.loketopmaat.domain.renewal.SummonsOutcome;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The eID renewal runs' summonses; changes join the caller's transaction. */
public interface SummonsStore {

  /**
   * Records the summons, unless the holder was summoned for this card already (any run), or, for a
   * skip, skipped for it on the same run day (also by a concurrent run): then false, and nothing is
   * recorded.
   */
  boolean insert(Summons summons);

  /** Whether {@link #insert} would refuse a summons, or a skip on {@code runDate}, for the card. */
  boolean decided(NationalNumber insz, LocalDate cardValidUntil, LocalDate runDate);

  /** How many slots are kept (state KEPT, not lapsed at {@code now}) at the location that day. */
  int keptOn(LocationCode location, LocalDate day, LocalDateTime now);

  /** The summons whose token has this hash, locked until the transaction ends. */
  Optional<Summons> findByTokenForUpdate(String tokenHash);

  /** The summons, locked until the transaction ends. */
  Optional<Summons> findForUpdate(UUID id);

  /** Stores a summons' new state. */
  void update(Summons summons);

  /** The KEPT summonses whose slot lapsed at {@code now}, oldest first, at most {@code limit}. */
  List<Summons> lapsed(LocalDateTime now, int limit);

  /** The decisions of the runs for {@code runDate}, of one outcome or (null) all, in order. */
  List<Summons> decisions(LocalDate runDate, SummonsOutcome outcome, int limit);

  /**
   * Deletes the summonses of cards that ran out before {@code day} (the retention: the card is
   * renewed or gone); how many.
   */
  int deleteCardsEndedBefore(LocalDate day);
}
