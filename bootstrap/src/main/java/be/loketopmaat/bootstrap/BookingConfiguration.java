package be.loketopmaat.bootstrap;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/** The city's booking rules, under {@code loket.booking}; see the README for each setting. */
@ConfigurationProperties("loket.booking")
public class BookingConfiguration {
  private Duration holdFor = Duration.ofMinutes(10);
  private int maxOpenAppointments = 3;
  private Duration releaseCooldown = Duration.ofMinutes(30);
  private Duration checkInGrace = Duration.ofMinutes(10);
  private int maxLiveHolds = 3;
  private Duration deskLeadTime = Duration.ZERO;
  private Duration leadTime = Duration.ofHours(2);
  private int daysAhead = 90;

  public Duration getHoldFor() {
    return holdFor;
  }

  public void setHoldFor(Duration holdFor) {
    this.holdFor = holdFor;
  }

  public int getMaxOpenAppointments() {
    return maxOpenAppointments;
  }

  public void setMaxOpenAppointments(int maxOpenAppointments) {
    this.maxOpenAppointments = maxOpenAppointments;
  }

  public Duration getReleaseCooldown() {
    return releaseCooldown;
  }

  public void setReleaseCooldown(Duration releaseCooldown) {
    this.releaseCooldown = releaseCooldown;
  }

  public Duration getCheckInGrace() {
    return checkInGrace;
  }

  public void setCheckInGrace(Duration checkInGrace) {
    this.checkInGrace = checkInGrace;
  }

  public Duration getLeadTime() {
    return leadTime;
  }

  public void setLeadTime(Duration leadTime) {
    this.leadTime = leadTime;
  }

  public int getDaysAhead() {
    return daysAhead;
  }

  public void setDaysAhead(int daysAhead) {
    this.daysAhead = daysAhead;
  }

  public int getMaxLiveHolds() {
    return maxLiveHolds;
  }

  public void setMaxLiveHolds(int maxLiveHolds) {
    this.maxLiveHolds = maxLiveHolds;
  }

  public Duration getDeskLeadTime() {
    return deskLeadTime;
  }

  public void setDeskLeadTime(Duration deskLeadTime) {
    this.deskLeadTime = deskLeadTime;
  }
}
