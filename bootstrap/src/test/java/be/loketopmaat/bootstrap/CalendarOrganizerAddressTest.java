package be.loketopmaat.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The calendar organizer's address is taken from a mail sender written either way. */
class CalendarOrganizerAddressTest {

  @Test
  void aNamedMailboxGivesItsAddress() {
    assertThat(ApplicationServices.addressOf("Stad Antwerpen <afspraken@antwerpen.be> "))
        .isEqualTo("afspraken@antwerpen.be");
  }

  @Test
  void aBareAddressIsKept() {
    assertThat(ApplicationServices.addressOf(" afspraken@antwerpen.be"))
        .isEqualTo("afspraken@antwerpen.be");
  }
}
