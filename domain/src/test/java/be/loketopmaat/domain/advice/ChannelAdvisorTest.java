package be.loketopmaat.domain.advice;

import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.domain.Fixtures;
import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.catalogue.ChannelCondition;
import be.loketopmaat.domain.catalogue.ChannelOffer;
import be.loketopmaat.domain.catalogue.Product;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.catalogue.Theme;
import be.loketopmaat.domain.location.Coordinates;
import be.loketopmaat.domain.location.DistrictCode;
import be.loketopmaat.domain.location.Location;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChannelAdvisorTest {
  private final ChannelAdvisor advisor = new ChannelAdvisor(Fixtures.city());
  private final Location northHub = Fixtures.hub("north-hub", Fixtures.NORTH);
  private final Location southHub = Fixtures.hub("south-hub", Fixtures.SOUTH);
  private final Location southKiosk = Fixtures.kiosk("south-bib", Fixtures.SOUTH);
  private final Location northKiosk = Fixtures.kiosk("north-bib", Fixtures.NORTH);
  private final List<Location> locations =
      List.of(
          northHub,
          southHub,
          southKiosk,
          northKiosk,
          Fixtures.neighbourhoodCounter("groenenhoek", new Coordinates(51.17, 4.41)));

  @Test
  void digitalFirstForACitizenWeKnowNothingAbout() {
    Advice advice = advisor.advise(Fixtures.attest(), CitizenContext.unknown(), locations);

    assertThat(advice.options())
        .extracting(AdviceOption::channel)
        .containsExactly(
            Channel.AUTOMATE,
            Channel.E_COUNTER,
            Channel.KIOSK,
            Channel.CALL,
            Channel.COUNTER_APPOINTMENT);
    assertThat(advice.options()).extracting(AdviceOption::rank).containsExactly(1, 2, 3, 4, 5);
    assertThat(advice.options()).allMatch(AdviceOption::suitable);
    assertThat(advice.options().get(1).url()).isEqualTo("https://city.example/e-loket");
    assertThat(advice.options().get(3).phone()).isEqualTo("03 22 11 333");
    assertThat(advice.options().get(3).hours()).isNotNull();
  }

  @Test
  void withoutAnEidReaderOrItsmeTheECounterComesLastWithTheReason() {
    CitizenContext noItsme = new CitizenContext(false, false, false, null, null);
    Advice advice = advisor.advise(Fixtures.attest(), noItsme, locations);

    AdviceOption last = advice.options().get(advice.options().size() - 1);
    assertThat(last.channel()).isEqualTo(Channel.E_COUNTER);
    assertThat(last.suitable()).isFalse();
    assertThat(last.caveat().en()).contains("eID card reader or itsme");
    assertThat(advice.options().get(0).channel()).isEqualTo(Channel.AUTOMATE);
  }

  @Test
  void whoPrefersNotToGoDigitalSeesThePhoneAndTheCounterBeforeTheScreens() {
    CitizenContext offline = new CitizenContext(null, true, false, null, null);
    Advice advice = advisor.advise(Fixtures.attest(), offline, locations);

    assertThat(advice.options())
        .extracting(AdviceOption::channel)
        .containsExactly(
            Channel.AUTOMATE,
            Channel.CALL,
            Channel.COUNTER_APPOINTMENT,
            Channel.E_COUNTER,
            Channel.KIOSK);
  }

  @Test
  void theNearestLocationsComeFirstFromTheHomeDistrict() {
    CitizenContext south = new CitizenContext(null, false, false, new DistrictCode("south"), null);
    Advice advice = advisor.advise(Fixtures.attest(), south, locations);

    AdviceOption kiosk = option(advice, Channel.KIOSK);
    assertThat(kiosk.locations())
        .extracting(n -> n.location().code().value())
        .containsExactly("south-bib", "north-bib");
    assertThat(kiosk.locations().get(0).distanceKm()).isZero();
    assertThat(option(advice, Channel.COUNTER_APPOINTMENT).locations())
        .extracting(n -> n.location().code().value())
        .containsExactly("south-hub", "groenenhoek", "north-hub");
  }

  @Test
  void withoutAPlaceHubsAreListedFirst() {
    Advice advice = advisor.advise(Fixtures.attest(), CitizenContext.unknown(), locations);
    assertThat(option(advice, Channel.COUNTER_APPOINTMENT).locations())
        .extracting(n -> n.location().code().value())
        .containsExactly("north-hub", "south-hub", "groenenhoek");
    assertThat(option(advice, Channel.COUNTER_APPOINTMENT).locations())
        .allMatch(n -> n.distanceKm() == null);
  }

  @Test
  void theEidIsInPersonAndItsPickupNeverWhereThereIsNoSafe() {
    Advice advice = advisor.advise(Fixtures.eid(), CitizenContext.unknown(), locations);

    assertThat(advice.options())
        .extracting(AdviceOption::channel)
        .containsExactly(Channel.COUNTER_APPOINTMENT, Channel.HOME_VISIT);
    assertThat(advice.options().get(0).caveat().en()).contains("law requires");
    assertThat(advice.pickup()).isNotNull();
    assertThat(advice.pickup().locations())
        .extracting(n -> n.location().code().value())
        .containsExactly("north-hub", "south-hub");
  }

  @Test
  void reducedMobilityBringsTheHomeVisitFirst() {
    CitizenContext reduced = new CitizenContext(null, false, true, null, null);
    Advice advice = advisor.advise(Fixtures.eid(), reduced, locations);

    assertThat(advice.options())
        .extracting(AdviceOption::channel)
        .containsExactly(Channel.HOME_VISIT, Channel.COUNTER_APPOINTMENT);
    assertThat(advice.options().get(0).step()).isEqualTo(StepKind.HOME_VISIT);
    assertThat(advice.options().get(0).phone()).isEqualTo("03 22 11 333");
  }

  @Test
  void aProductOfAnotherOrganisationIsReferredThereNeverJustNotHere() {
    Advice advice = advisor.advise(Fixtures.socialServices(), CitizenContext.unknown(), locations);

    assertThat(advice.options())
        .extracting(AdviceOption::step)
        .containsExactly(StepKind.REFERRAL, StepKind.PHONE);
    assertThat(advice.options().get(0).referral().organisation())
        .isEqualTo("Sociale Dienstverlening");
    assertThat(advice.options().get(0).url()).isEqualTo("https://social.example");
  }

  @Test
  void whenNoLocationOffersItTheContactCentreFindsTheWay() {
    Advice advice = advisor.advise(Fixtures.eid(), CitizenContext.unknown(), List.of(southKiosk));

    assertThat(advice.options())
        .extracting(AdviceOption::step)
        .containsExactly(StepKind.PHONE, StepKind.HOME_VISIT);
    assertThat(advice.options().get(0).suitable()).isTrue();
    assertThat(advice.options().get(0).instruction().fr()).contains("03 22 11 333");
    assertThat(advice.options().get(1).suitable()).isFalse();
  }

  @Test
  void theHomeVisitStaysLastWithItsReasonForWhoCanTravel() {
    Advice advice = advisor.advise(Fixtures.eid(), CitizenContext.unknown(), locations);

    AdviceOption last = advice.options().get(advice.options().size() - 1);
    assertThat(last.channel()).isEqualTo(Channel.HOME_VISIT);
    assertThat(last.suitable()).isFalse();
    assertThat(last.caveat().en()).contains("only for those who find it hard to get about");
    assertThat(last.caveat().nl()).contains("huisbezoek");
    assertThat(last.rank()).isEqualTo(advice.options().size());
  }

  @Test
  void anAutomateThatNeedsDigitalIdentificationIsNoAutomaticStepForWhoLacksIt() {
    Product smartCounter =
        new Product(
            new ProductCode("attest-smart"),
            Fixtures.text("Smart attest"),
            Theme.IDENTITY,
            null,
            List.of(
                ChannelOffer.of(Channel.AUTOMATE, ChannelCondition.DIGITAL_IDENTIFICATION),
                ChannelOffer.of(Channel.CALL)),
            false,
            Duration.ofMinutes(5),
            Set.of(),
            null,
            null);

    Advice withoutId =
        advisor.advise(
            smartCounter, new CitizenContext(false, false, false, null, null), locations);
    assertThat(withoutId.options()).noneMatch(o -> o.step() == StepKind.AUTOMATIC);
    assertThat(withoutId.options().get(0).channel()).isEqualTo(Channel.CALL);
    AdviceOption automate = option(withoutId, Channel.AUTOMATE);
    assertThat(automate.suitable()).isFalse();
    assertThat(automate.rank()).isEqualTo(withoutId.options().size());
    assertThat(automate.caveat().en()).contains("eID card reader or itsme");

    Advice withId =
        advisor.advise(smartCounter, new CitizenContext(true, false, false, null, null), locations);
    AdviceOption first = withId.options().get(0);
    assertThat(first.channel()).isEqualTo(Channel.AUTOMATE);
    assertThat(first.step()).isEqualTo(StepKind.ONLINE);
    assertThat(first.suitable()).isTrue();
    assertThat(first.instruction().en()).startsWith("Log in").doesNotContain("need not do");
  }

  @Test
  void aTrulyAutomaticStepSaysSoAndNothingElse() {
    AdviceOption automatic =
        advisor.advise(Fixtures.attest(), CitizenContext.unknown(), locations).options().get(0);
    assertThat(automatic.step()).isEqualTo(StepKind.AUTOMATIC);
    assertThat(automatic.instruction().en()).contains("automatically");
    assertThat(automatic.caveat()).isNull();
  }

  private static AdviceOption option(Advice advice, Channel channel) {
    return advice.options().stream().filter(o -> o.channel() == channel).findFirst().orElseThrow();
  }
}
