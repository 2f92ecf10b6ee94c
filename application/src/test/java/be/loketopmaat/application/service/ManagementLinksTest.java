package be.loketopmaat.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import be.loketopmaat.domain.appointment.AppointmentReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ManagementLinksTest {
  private static final AppointmentReference REFERENCE = new AppointmentReference("K7M-4QXD");

  @Test
  void linksToTheAppointmentUnderThePublicAddressWithOrWithoutATrailingSlash() {
    assertThat(new ManagementLinks("https://loket.antwerpen.be/").linkFor(REFERENCE, "q3Zr-V8_m1"))
        .isEqualTo("https://loket.antwerpen.be/api/v1/appointments/K7M-4QXD?code=q3Zr-V8_m1");
    assertThat(new ManagementLinks(" http://localhost:8080/loket ").linkFor(REFERENCE, "abc"))
        .isEqualTo("http://localhost:8080/loket/api/v1/appointments/K7M-4QXD?code=abc");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "loket.antwerpen.be", "ftp://loket.be", "https://loket.be?x=1", "https://"})
  void refusesAnAddressCitizensCouldNotFollow(String url) {
    assertThatIllegalArgumentException().isThrownBy(() -> new ManagementLinks(url));
  }

  @Test
  void refusesACodeThatWouldBreakTheLink() {
    ManagementLinks links = new ManagementLinks("https://loket.antwerpen.be");

    assertThatIllegalArgumentException().isThrownBy(() -> links.linkFor(REFERENCE, "a&b=c"));
  }

  @Test
  void linksASummonsTokenToItsConfirmAndReleaseAndAProductToItsSearch() {
    ManagementLinks links = new ManagementLinks("https://loket.antwerpen.be/");

    assertThat(links.summonsLinkFor("Ab_-" + "x".repeat(28), "confirm"))
        .isEqualTo(
            "https://loket.antwerpen.be/api/v1/eid-renewal/summons/Ab_-"
                + "x".repeat(28)
                + "/confirm");
    assertThat(
            links.searchLinkFor(new be.loketopmaat.domain.catalogue.ProductCode("eid-application")))
        .isEqualTo(
            "https://loket.antwerpen.be/api/v1/availability?mode=flexible&product=eid-application");
    assertThatIllegalArgumentException().isThrownBy(() -> links.summonsLinkFor("a/b", "confirm"));
  }
}
