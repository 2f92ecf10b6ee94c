package be.loketopmaat.domain.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.domain.Fixtures;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.location.DeskCapability;
import be.loketopmaat.domain.location.Facility;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An application takes the products' own desk step; a pickup takes the product's pickup step. */
class AppointmentNeedTest {

  @Test
  void anApplicationTakesTheProductsDeskTimeThemeDeskAndFacilities() {
    AppointmentNeed need = new AppointmentNeed(List.of(Fixtures.eid()), 2);

    assertThat(need.pickup()).isFalse();
    assertThat(need.duration()).isEqualTo(Duration.ofMinutes(40));
    assertThat(need.deskCapabilities()).containsExactly(DeskCapability.IDENTITY);
    assertThat(need.facilities()).containsExactly(Facility.BIOMETRICS_STATION);
  }

  @Test
  void aPickupTakesThePickupStepAtAPickupDeskWithASafe() {
    AppointmentNeed need = AppointmentNeed.pickup(Fixtures.eid());

    assertThat(need.pickup()).isTrue();
    assertThat(need.persons()).isEqualTo(1);
    assertThat(need.duration()).isEqualTo(Duration.ofMinutes(5));
    assertThat(need.deskCapabilities()).containsExactly(DeskCapability.PICKUP);
    assertThat(need.facilities()).containsExactly(Facility.SAFE);
  }

  @Test
  void onlyADocumentPickedUpLaterHasAPickupAndItIsForOnePersonAndOneDocument() {
    assertThatThrownBy(() -> AppointmentNeed.pickup(Fixtures.attest()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("products[0]"));
    assertThatThrownBy(() -> new AppointmentNeed(List.of(Fixtures.eid()), 2, true))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () -> new AppointmentNeed(List.of(Fixtures.eid(), Fixtures.attest()), 1, true))
        .isInstanceOf(InvalidInputException.class);
  }
}
