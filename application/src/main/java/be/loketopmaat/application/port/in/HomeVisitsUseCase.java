package be.loketopmaat.application.port.in;

import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.citizen.Citizen;
import be.loketopmaat.domain.document.DocumentKind;
import be.loketopmaat.domain.homevisit.DayPlan;
import be.loketopmaat.domain.homevisit.HomeVisit;
import be.loketopmaat.domain.homevisit.HomeVisitPurpose;
import be.loketopmaat.domain.homevisit.MobileTeam;
import be.loketopmaat.domain.homevisit.TeamCode;
import be.loketopmaat.domain.location.Address;
import be.loketopmaat.domain.staff.StaffMember;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * Home visits by the mobile teams, for citizens who cannot travel: staff (the contact centre, a
 * desk) plan a visit in a team's day, with the travel between visits; the visit is loaded onto the
 * team's biometrics kit; what the kit reports once back online records the application (which then
 * goes the road of one taken at a desk) or the hand-over of the document the team brought.
 */
public interface HomeVisitsUseCase {

  /**
   * A visit to plan. {@code at} is the start asked for, or null for the first free time of the day.
   * An application names its {@code product}; a delivery names the document it brings ({@code
   * documentOrderId}), whose product and holder then hold, and may leave {@code product} and {@code
   * citizen} null.
   */
  record Plan(
      TeamCode team,
      LocalDate day,
      LocalTime at,
      HomeVisitPurpose purpose,
      DocumentKind kind,
      ProductCode product,
      UUID documentOrderId,
      Citizen citizen,
      Address address,
      String note) {}

  /** A team's day as it will be driven: the legs with their stops and travel. */
  record Route(MobileTeam team, LocalDate day, List<DayPlan.Leg> legs) {}

  List<MobileTeam> teams();

  /**
   * Plans the visit and queues its loading onto the team's kit, in one transaction.
   *
   * @throws be.loketopmaat.domain.common.InvalidInputException for a visit no team can make (an
   *     unknown or unreachable address, a product without home visits, a document elsewhere)
   * @throws be.loketopmaat.domain.common.ConflictException when the day has no room, or the time
   *     asked for does not fit
   */
  HomeVisit plan(Plan plan, StaffMember by);

  HomeVisit get(UUID id);

  Route route(TeamCode team, LocalDate day);

  /** Calls the visit off while it is planned, and queues its removal from the kit. */
  HomeVisit cancel(UUID id, String reason, StaffMember by);

  /**
   * Applies what the kits reported since last time, each report once; the number applied.
   *
   * @throws be.loketopmaat.application.port.out.federal.SystemUnavailableException when the kits'
   *     sync service cannot be read (nothing is applied; the next run reads again)
   */
  int collectReports();
}
