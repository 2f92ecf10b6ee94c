package be.loketopmaat.application.port.out;

import be.loketopmaat.domain.homevisit.HomeVisit;
import be.loketopmaat.domain.homevisit.HomeVisitState;
import be.loketopmaat.domain.homevisit.TeamCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The mobile teams' visits. */
public interface HomeVisitStore {

  /**
   * Locks the team's day until the surrounding transaction ends, so that two visits planned at the
   * same time cannot both take the same gap.
   */
  void lockDay(TeamCode team, LocalDate day);

  void insert(HomeVisit visit);

  Optional<HomeVisit> find(UUID id);

  /**
   * Stores the visit's new state over {@code expected}, the state it was read in; false when it was
   * changed meanwhile.
   */
  boolean update(HomeVisit visit, HomeVisitState expected);

  /** Every visit of the team on the day, in any state, by start. */
  List<HomeVisit> onDay(TeamCode team, LocalDate day);

  /** The open delivery or application visits about the document, if any. */
  List<HomeVisit> forDocument(UUID documentOrderId);
}
