package be.loketopmaat.application.service;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.out.DocumentOrderStore;
import be.loketopmaat.application.port.out.HomeVisitStore;
import be.loketopmaat.application.port.out.federal.BiometricsKits;
import be.loketopmaat.application.port.out.federal.BiometricsKits.KitVisit;
import be.loketopmaat.application.port.out.federal.FederalOutbox;
import be.loketopmaat.domain.document.DocumentOrder;
import be.loketopmaat.domain.homevisit.HomeVisit;
import be.loketopmaat.domain.homevisit.HomeVisitPurpose;
import be.loketopmaat.domain.homevisit.MobileTeam;
import java.util.EnumSet;
import java.util.Set;

/**
 * Puts planned home visits on their team's biometrics kit and takes cancelled ones off, for the
 * outbox worker. A visit that ended before its loading went out is not loaded.
 */
public final class KitCalls implements OutboxCallSender {
  private final BiometricsKits kits;
  private final HomeVisitStore visits;
  private final DocumentOrderStore orders;
  private final MobileTeams teams;
  private final FederalOutbox outbox;

  public KitCalls(
      BiometricsKits kits,
      HomeVisitStore visits,
      DocumentOrderStore orders,
      MobileTeams teams,
      FederalOutbox outbox) {
    this.kits = kits;
    this.visits = visits;
    this.orders = orders;
    this.teams = teams;
    this.outbox = outbox;
  }

  @Override
  public Set<FederalOutbox.Call> calls() {
    return EnumSet.of(FederalOutbox.Call.LOAD_VISIT, FederalOutbox.Call.UNLOAD_VISIT);
  }

  @Override
  public void send(FederalOutbox.Entry entry, int attempts) {
    HomeVisit visit =
        visits
            .find(entry.subject())
            .orElseThrow(() -> new Undeliverable("no home visit " + entry.subject()));
    MobileTeam team;
    try {
      team = teams.get(visit.team());
    } catch (NotFoundException unknown) {
      throw new Undeliverable("no mobile team " + visit.team() + " any more");
    }
    if (entry.call() == FederalOutbox.Call.UNLOAD_VISIT) {
      kits.unload(team.kit(), visit.id());
    } else if (visit.state().isOpen()) {
      String productionNumber =
          visit.purpose() == HomeVisitPurpose.DELIVERY
              ? orders
                  .find(visit.documentOrderId())
                  .map(DocumentOrder::productionNumber)
                  .orElse(null)
              : null;
      kits.load(
          new KitVisit(
              visit.id(),
              team.kit(),
              visit.day(),
              visit.start(),
              visit.purpose(),
              visit.kind(),
              visit.citizen().insz(),
              visit.citizen().name(),
              productionNumber));
    }
    outbox.markDone(entry.id(), attempts);
  }
}
