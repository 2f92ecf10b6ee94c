package be.loketopmaat.domain.catalogue;

import static be.loketopmaat.domain.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.domain.Fixtures;
import be.loketopmaat.domain.common.FieldViolation;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.common.LocalizedText;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProductTest {

  @Test
  void channelsAreKeptInTheCitysOrderOfPreference() {
    assertThat(Fixtures.attest().channels())
        .extracting(ChannelOffer::channel)
        .containsExactly(
            Channel.AUTOMATE,
            Channel.E_COUNTER,
            Channel.KIOSK,
            Channel.CALL,
            Channel.COUNTER_APPOINTMENT);
  }

  @Test
  void aProductThatTheLawWantsInPersonCannotBeDeliveredOnline() {
    assertThatThrownBy(
            () ->
                new Product(
                    new ProductCode("eid"),
                    text("eID"),
                    Theme.IDENTITY,
                    null,
                    List.of(
                        ChannelOffer.of(Channel.COUNTER_APPOINTMENT),
                        ChannelOffer.of(Channel.E_COUNTER)),
                    true,
                    Duration.ofMinutes(20),
                    Set.of(),
                    null,
                    null))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).violations())
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(FieldViolation.class))
        .extracting(FieldViolation::field)
        .containsExactly("channels[1].channel");
  }

  @Test
  void aProductNeedsAChannelOrAReferral() {
    assertThatThrownBy(
            () ->
                new Product(
                    new ProductCode("nothing"),
                    text("Nothing"),
                    Theme.OTHER,
                    null,
                    List.of(),
                    false,
                    null,
                    Set.of(),
                    null,
                    null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("channels");
    assertThat(Fixtures.socialServices().referredElsewhere()).isTrue();
  }

  @Test
  void aProductDeliveredInPersonNeedsADeskDuration() {
    assertThatThrownBy(
            () ->
                new Product(
                    new ProductCode("visit"),
                    text("Visit"),
                    Theme.OTHER,
                    null,
                    List.of(ChannelOffer.of(Channel.WALK_IN)),
                    false,
                    null,
                    Set.of(),
                    null,
                    null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("deskDuration");
  }

  @Test
  void aChannelIsListedOnce() {
    assertThatThrownBy(
            () ->
                new Product(
                    new ProductCode("twice"),
                    text("Twice"),
                    Theme.OTHER,
                    null,
                    List.of(ChannelOffer.of(Channel.CALL), ChannelOffer.of(Channel.CALL)),
                    false,
                    null,
                    Set.of(),
                    null,
                    null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("channels[1].channel: is listed twice");
  }

  @Test
  void allViolationsAreReportedTogether() {
    assertThatThrownBy(
            () -> new Product(null, null, null, null, List.of(), false, null, Set.of(), null, null))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).violations())
                    .extracting(FieldViolation::field)
                    .contains("code", "name", "theme", "channels"));
  }

  @Test
  void codesHaveOneShape() {
    assertThatThrownBy(() -> new ProductCode("Eid Application"))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new ProductCode("-eid")).isInstanceOf(InvalidInputException.class);
    assertThat(new ProductCode("eid-application").value()).isEqualTo("eid-application");
  }

  @Test
  void citizensReadEveryTextInThreeLanguages() {
    assertThatThrownBy(() -> new LocalizedText("Identiteitskaart", "", "Identity card"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("fr: is required");
  }
}
