package be.loketopmaat.application.port.in;

import be.loketopmaat.domain.kiosk.Kiosk;
import be.loketopmaat.domain.kiosk.KioskEvaluation;
import be.loketopmaat.domain.kiosk.KioskEvent;
import be.loketopmaat.domain.kiosk.KioskStatus;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.staff.StaffMember;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/** Staff register the kiosks at their sites, see their state and usage, and disable them. */
public interface ManageKiosksUseCase {

  /** A registered kiosk and its secret, shown this once: the city keeps only its hash. */
  record Registered(Kiosk kiosk, String secret) {}

  /** A kiosk with its status now (offline when its heartbeat fell silent). */
  record KioskView(Kiosk kiosk, KioskStatus status) {}

  /**
   * Registers a kiosk at a location with a kiosk terminal: a kiosk site, or a counter's hall.
   *
   * @throws be.loketopmaat.application.NotFoundException for an unknown location
   * @throws be.loketopmaat.domain.common.InvalidInputException for a location without a kiosk
   *     terminal
   */
  Registered register(LocationCode location, String name, StaffMember by);

  List<KioskView> list();

  Kiosk disable(UUID id, StaffMember by);

  /** The kiosk's usage log, newest first. */
  List<KioskEvent> usage(UUID id, int limit);

  /**
   * The month's evaluation per kiosk site, from the usage log: sessions, documents by kind, share,
   * downtime and keep or retire against the city's threshold.
   */
  List<KioskEvaluation.SiteMonth> evaluate(YearMonth month);

  /** The city's threshold: a site with at least this many sessions in a month is kept. */
  long keepThreshold();

  int MAX_LIMIT = 500;
}
