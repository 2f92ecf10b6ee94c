package be.loketopmaat.adapters.rest.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.domain.common.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ApiTimesTest {

  @Test
  void writesWallClockTimeWithTheOffsetOfItsDate() {
    assertThat(ApiTimes.format(LocalDateTime.of(2026, 11, 24, 18, 0)))
        .isEqualTo("2026-11-24T18:00:00+01:00");
    assertThat(ApiTimes.format(LocalDateTime.of(2027, 6, 12, 9, 30)))
        .isEqualTo("2027-06-12T09:30:00+02:00");
  }

  @Test
  void inTheAutumnHourThatHappensTwiceTheEarlierIsMeant() {
    assertThat(ApiTimes.format(LocalDateTime.of(2026, 10, 25, 2, 30)))
        .isEqualTo("2026-10-25T02:30:00+02:00");
  }

  @Test
  void readsAnyOffsetAsBrusselsWallClockTime() {
    assertThat(ApiTimes.parse("2026-11-24T17:00:00Z"))
        .isEqualTo(LocalDateTime.of(2026, 11, 24, 18, 0));
    assertThat(ApiTimes.parse("2026-11-24T17:00:00+00:00"))
        .isEqualTo(LocalDateTime.of(2026, 11, 24, 18, 0));
    assertThat(ApiTimes.parse("2027-06-12T07:30Z")).isEqualTo(LocalDateTime.of(2027, 6, 12, 9, 30));
    assertThat(ApiTimes.parse(" 2026-11-24T18:00:00+01:00 "))
        .isEqualTo(LocalDateTime.of(2026, 11, 24, 18, 0));
  }

  @Test
  void whatItWritesItReadsBack() {
    LocalDateTime summer = LocalDateTime.of(2027, 6, 12, 9, 30);

    assertThat(ApiTimes.parse(ApiTimes.format(summer))).isEqualTo(summer);
  }

  @Test
  void refusesATimeWithoutOffsetSayingSo() {
    assertThatThrownBy(() -> ApiTimes.parse("2026-11-24T18:00:00"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("time: needs an offset from UTC, e.g. 2026-11-24T18:00:00+01:00");
  }

  @Test
  void refusesWhatIsNoTimeAtAll() {
    assertThatThrownBy(() -> ApiTimes.parse("24/11/2026 18:00"))
        .hasMessage(
            "time: must be an ISO 8601 date-time with offset, e.g. 2026-11-24T18:00:00+01:00");
    assertThatThrownBy(() -> ApiTimes.parse(null)).hasMessage("time: is required");
  }

  @Test
  void todayIsTodayInBrusselsWhateverTheClocksZone() {
    Clock utcLateEvening = Clock.fixed(Instant.parse("2026-11-20T23:30:00Z"), ZoneOffset.UTC);

    assertThat(ApiTimes.today(utcLateEvening)).isEqualTo(LocalDate.of(2026, 11, 21));
  }
}
