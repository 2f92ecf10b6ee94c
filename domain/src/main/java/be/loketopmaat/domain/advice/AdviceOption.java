package be.loketopmaat.domain.advice;

import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.catalogue.Referral;
import be.loketopmaat.domain.common.LocalizedText;
import be.loketopmaat.domain.location.WeeklySchedule;
import java.util.List;

/**
 * One way to get the product, with a concrete next step. Fields that do not apply to the step are
 * null (or empty for {@code locations}). {@code channel} is null for a referral. An option that is
 * not {@code suitable} for this citizen is still listed, last, with the reason in {@code caveat}: a
 * counter clerk can then explain why.
 */
public record AdviceOption(
    int rank,
    StepKind step,
    Channel channel,
    boolean suitable,
    LocalizedText instruction,
    LocalizedText caveat,
    String url,
    String phone,
    WeeklySchedule hours,
    List<NearbyLocation> locations,
    Referral referral) {

  public AdviceOption {
    locations = locations == null ? List.of() : List.copyOf(locations);
  }

  AdviceOption withRank(int newRank) {
    return new AdviceOption(
        newRank,
        step,
        channel,
        suitable,
        instruction,
        caveat,
        url,
        phone,
        hours,
        locations,
        referral);
  }
}
