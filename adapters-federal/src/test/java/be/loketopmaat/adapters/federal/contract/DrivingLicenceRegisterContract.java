package be.loketopmaat.adapters.federal.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.application.port.out.federal.DrivingLicenceRegister;
import be.loketopmaat.application.port.out.federal.DrivingLicenceRegister.ApplicationRefusedException;
import be.loketopmaat.application.port.out.federal.DrivingLicenceRegister.LicenceEvent;
import be.loketopmaat.application.port.out.federal.DrivingLicenceRegister.LicenceEvents;
import be.loketopmaat.application.port.out.federal.DrivingLicenceRegister.LicenceState;
import be.loketopmaat.application.port.out.federal.SystemUnavailableException;
import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.location.LocationCode;
import be.loketopmaat.domain.population.NisCode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DrivingLicenceRegister} must do, whatever system is behind it. An
 * implementation's test extends this and provides the register as two municipalities see it, and
 * the ways a test drives the register: residents applying, its clock, refusals and cancellations.
 */
public abstract class DrivingLicenceRegisterContract {
  protected static final LocationCode DESK = new LocationCode("districtshuis-deurne");

  /** The register as {@link #municipality()} calls it. */
  protected abstract DrivingLicenceRegister register();

  /** The same register as {@link #otherMunicipality()} calls it. */
  protected abstract DrivingLicenceRegister otherMunicipalitysRegister();

  /** The same register, called for {@link #municipality()} with a wrong API key. */
  protected abstract DrivingLicenceRegister registerWithWrongKey();

  protected abstract NisCode municipality();

  protected abstract NisCode otherMunicipality();

  /** A resident of {@link #municipality()}. */
  protected abstract NationalNumber resident();

  /** A resident of {@link #otherMunicipality()}. */
  protected abstract NationalNumber otherResident();

  /** A resident of {@code municipality} applies; returns the application's id. */
  protected abstract String apply(
      NisCode municipality,
      NationalNumber holder,
      String name,
      String category,
      LocationCode deliveryPoint);

  /** As {@link #apply}, the applicant giving the holder's contact. */
  protected abstract String apply(
      NisCode municipality,
      NationalNumber holder,
      String name,
      String category,
      LocationCode deliveryPoint,
      DrivingLicenceRegister.Contact contact);

  /** The register's now, in the city. */
  protected abstract LocalDateTime now();

  protected abstract void advance(Duration duration);

  protected abstract void advanceWorkingDays(int days);

  protected abstract void refuse(String applicationId, String reason);

  protected abstract void cancel(String applicationId);

  /** How many reports of this hand-over reached the register. */
  protected abstract int deliveriesReported(String applicationId);

  protected String anApplication() {
    return apply(municipality(), resident(), "Jan Peeters", "B", DESK);
  }

  /** An application whose card lies at the desk. */
  protected String aCardReadyForPickup() {
    String id = anApplication();
    advanceWorkingDays(6);
    assertThat(statesOf(id, register())).endsWith(LicenceState.READY_FOR_PICKUP);
    return id;
  }

  @Test
  void anApplicationEntersTheFeedAsSubmittedWithItsHolder() {
    LocalDateTime appliedAt = now();
    String id = apply(municipality(), resident(), "Jan Peeters", "A2", DESK);

    List<LicenceEvent> events = eventsOf(id, register());

    assertThat(events).hasSize(1);
    LicenceEvent submitted = events.get(0);
    assertThat(submitted.state()).isEqualTo(LicenceState.SUBMITTED);
    assertThat(submitted.holder()).isEqualTo(resident());
    assertThat(submitted.holderName()).isEqualTo("Jan Peeters");
    assertThat(submitted.category()).isEqualTo("A2");
    assertThat(submitted.at()).isEqualTo(appliedAt);
    assertThat(submitted.reason()).isNull();
    assertThat(submitted.sequence()).isPositive();
  }

  @Test
  void everyEventCarriesTheHoldersContactAsTheApplicantGaveIt() {
    DrivingLicenceRegister.Contact given =
        new DrivingLicenceRegister.Contact(
            "jan.peeters@example.be", "+32470123456", be.loketopmaat.domain.common.Language.FR);
    String id = apply(municipality(), resident(), "Jan Peeters", "B", DESK, given);
    String partly =
        apply(
            municipality(),
            resident(),
            "Jan Peeters",
            "B",
            DESK,
            new DrivingLicenceRegister.Contact(null, "0470 12 34 56", null));
    advanceWorkingDays(6);

    assertThat(eventsOf(id, register()))
        .hasSizeGreaterThan(1)
        .allSatisfy(e -> assertThat(e.contact()).isEqualTo(given));
    assertThat(eventsOf(partly, register()))
        .allSatisfy(
            e ->
                assertThat(e.contact())
                    .isEqualTo(new DrivingLicenceRegister.Contact(null, "0470 12 34 56", null)));
    assertThat(eventsOf(anApplication(), register()))
        .allSatisfy(e -> assertThat(e.contact()).isEqualTo(DrivingLicenceRegister.Contact.NONE));
  }

  @Test
  void theFeedFollowsAnApplicationUntilTheCardIsReady() {
    LocalDateTime appliedAt = now();
    String id = anApplication();
    advance(Duration.ofHours(1));
    assertThat(statesOf(id, register()))
        .containsExactly(LicenceState.SUBMITTED, LicenceState.ACCEPTED);
    advanceWorkingDays(1);
    assertThat(statesOf(id, register()))
        .containsExactly(LicenceState.SUBMITTED, LicenceState.ACCEPTED, LicenceState.IN_PRODUCTION);
    advanceWorkingDays(5);

    List<LicenceEvent> events = eventsOf(id, register());

    assertThat(events)
        .extracting(LicenceEvent::state)
        .containsExactly(
            LicenceState.SUBMITTED,
            LicenceState.ACCEPTED,
            LicenceState.IN_PRODUCTION,
            LicenceState.READY_FOR_PICKUP);
    for (int i = 1; i < events.size(); i++) {
      assertThat(events.get(i).at()).isAfter(events.get(i - 1).at());
      assertThat(events.get(i).sequence()).isGreaterThan(events.get(i - 1).sequence());
    }
    assertThat(events.get(1).at().toLocalDate()).isEqualTo(appliedAt.toLocalDate());
    assertThat(events.get(3).deliveryPoint()).isEqualTo(DESK);
    assertThat(events).extracting(LicenceEvent::reason).containsOnlyNulls();
    assertThat(events).extracting(LicenceEvent::holder).containsOnly(resident());
  }

  @Test
  void aCardIsNotReadyBeforeItsProductionIsDone() {
    String id = anApplication();
    advanceWorkingDays(5);

    assertThat(statesOf(id, register())).doesNotContain(LicenceState.READY_FOR_PICKUP);
  }

  @Test
  void theCursorPagesThroughTheFeed() {
    for (int i = 0; i < 3; i++) {
      anApplication();
    }
    advanceWorkingDays(6);
    List<LicenceEvent> all = register().eventsAfter(0, 100).events();
    assertThat(all).hasSize(12);

    List<LicenceEvent> paged = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    long cursor = 0;
    for (int page = 0; page < 10; page++) {
      LicenceEvents events = register().eventsAfter(cursor, 5);
      sizes.add(events.events().size());
      paged.addAll(events.events());
      if (events.events().isEmpty()) {
        assertThat(events.cursor()).isEqualTo(cursor);
        break;
      }
      assertThat(events.cursor())
          .isEqualTo(events.events().get(events.events().size() - 1).sequence());
      cursor = events.cursor();
    }

    assertThat(sizes).containsExactly(5, 5, 2, 0);
    assertThat(paged).isEqualTo(all);
  }

  @Test
  void aCursorAtTheEndWaitsForWhatComesNext() {
    String id = anApplication();
    LicenceEvents first = register().eventsAfter(0, 100);
    assertThat(register().eventsAfter(first.cursor(), 100).events()).isEmpty();

    advance(Duration.ofHours(1));
    LicenceEvents next = register().eventsAfter(first.cursor(), 100);

    assertThat(next.events())
        .extracting(LicenceEvent::applicationId, LicenceEvent::state)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(id, LicenceState.ACCEPTED));
    assertThat(next.cursor()).isGreaterThan(first.cursor());
  }

  @Test
  void theFeedShowsOnlyTheMunicipalitysOwnResidents() {
    String ours = anApplication();
    String theirs = apply(otherMunicipality(), otherResident(), "Pieter Maes", "B", DESK);
    advanceWorkingDays(1);

    assertThat(register().eventsAfter(0, 100).events())
        .extracting(LicenceEvent::applicationId)
        .containsOnly(ours);
    assertThat(otherMunicipalitysRegister().eventsAfter(0, 100).events())
        .extracting(LicenceEvent::applicationId)
        .containsOnly(theirs);
  }

  @Test
  void aRefusedApplicationEndsWithItsReason() {
    String id = anApplication();
    advanceWorkingDays(1);
    refuse(id, "The medical certificate has expired");
    advanceWorkingDays(10);

    List<LicenceEvent> events = eventsOf(id, register());

    assertThat(events)
        .extracting(LicenceEvent::state)
        .containsExactly(
            LicenceState.SUBMITTED,
            LicenceState.ACCEPTED,
            LicenceState.IN_PRODUCTION,
            LicenceState.REFUSED);
    assertThat(events.get(3).reason()).isEqualTo("The medical certificate has expired");
  }

  @Test
  void aCancelledApplicationGoesNoFurther() {
    String id = anApplication();
    cancel(id);
    advanceWorkingDays(10);

    assertThat(statesOf(id, register()))
        .containsExactly(LicenceState.SUBMITTED, LicenceState.CANCELLED);
  }

  @Test
  void aHandOverIsReportedOnceAndReportingItAgainChangesNothing() {
    String id = aCardReadyForPickup();
    LocalDateTime handedOver = now().plusMinutes(10);

    register().delivered(id, handedOver);
    register().delivered(id, handedOver);
    register().delivered(id, handedOver.plusDays(1));

    List<LicenceEvent> events = eventsOf(id, register());
    assertThat(events)
        .extracting(LicenceEvent::state)
        .containsExactly(
            LicenceState.SUBMITTED,
            LicenceState.ACCEPTED,
            LicenceState.IN_PRODUCTION,
            LicenceState.READY_FOR_PICKUP,
            LicenceState.DELIVERED);
    LicenceEvent delivered = events.get(4);
    assertThat(delivered.at()).isEqualTo(handedOver);
    assertThat(delivered.deliveryPoint()).isEqualTo(DESK);
    assertThat(delivered.sequence()).isGreaterThan(events.get(3).sequence());
    assertThat(deliveriesReported(id)).isEqualTo(3);
  }

  @Test
  void aCardNotReadyIsNotHandedOver() {
    String id = anApplication();
    advanceWorkingDays(5);

    assertRefused(() -> register().delivered(id, now()), "NOT_READY");
    assertThat(statesOf(id, register())).doesNotContain(LicenceState.DELIVERED);
  }

  @Test
  void aRefusedOrCancelledApplicationIsNotHandedOver() {
    String refused = anApplication();
    refuse(refused, "The right to drive is suspended");
    String cancelled = aCardReadyForPickup();
    cancel(cancelled);

    assertRefused(() -> register().delivered(refused, now()), "NOT_READY");
    assertRefused(() -> register().delivered(cancelled, now()), "NOT_READY");
    assertThat(statesOf(cancelled, register())).endsWith(LicenceState.CANCELLED);
  }

  @Test
  void anUnknownOrAnotherMunicipalitysApplicationIsNotHandedOver() {
    String theirs = apply(otherMunicipality(), otherResident(), "Pieter Maes", "B", DESK);
    advanceWorkingDays(6);

    assertRefused(() -> register().delivered("BD1999-999999", now()), "UNKNOWN_APPLICATION");
    assertRefused(() -> register().delivered(theirs, now()), "UNKNOWN_APPLICATION");
    assertThat(statesOf(theirs, otherMunicipalitysRegister()))
        .endsWith(LicenceState.READY_FOR_PICKUP);
  }

  @Test
  void aWrongApiKeyIsAnErrorThatChangesNothing() {
    String id = aCardReadyForPickup();

    assertUnavailable(() -> registerWithWrongKey().eventsAfter(0, 10));
    assertUnavailable(() -> registerWithWrongKey().delivered(id, now()));

    assertThat(statesOf(id, register())).endsWith(LicenceState.READY_FOR_PICKUP);
    register().delivered(id, now());
    assertThat(statesOf(id, register())).endsWith(LicenceState.DELIVERED);
  }

  protected static List<LicenceEvent> eventsOf(String id, DrivingLicenceRegister register) {
    return register.eventsAfter(0, 500).events().stream()
        .filter(e -> e.applicationId().equals(id))
        .toList();
  }

  protected static List<LicenceState> statesOf(String id, DrivingLicenceRegister register) {
    return eventsOf(id, register).stream().map(LicenceEvent::state).toList();
  }

  protected static void assertRefused(ThrowingCallable call, String code) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            ApplicationRefusedException.class, e -> assertThat(e.code()).isEqualTo(code));
  }

  private static void assertUnavailable(ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            SystemUnavailableException.class, e -> assertThat(e.system()).isNotBlank());
  }
}
