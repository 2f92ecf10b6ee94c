package be.loketopmaat.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.domain.Fixtures;
import be.loketopmaat.domain.advice.Advice;
import be.loketopmaat.domain.advice.CitizenContext;
import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.location.DistrictCode;
import org.junit.jupiter.api.Test;

class ChannelAdviceServiceTest {
  private final ChannelAdviceService service =
      new ChannelAdviceService(
          new InMemoryProducts().with(Fixtures.eid(), Fixtures.attest()),
          new InMemoryLocations()
              .with(Fixtures.hub("hub", Fixtures.NORTH), Fixtures.kiosk("bib", Fixtures.SOUTH)),
          Fixtures::city);

  @Test
  void advisesFromTheStoredProductAndLocations() {
    Advice advice =
        service.advise(new ProductCode("attest-main-residence"), CitizenContext.unknown());
    assertThat(advice.options().get(0).channel()).isEqualTo(Channel.AUTOMATE);
    assertThat(advice.options())
        .filteredOn(o -> o.channel() == Channel.KIOSK)
        .singleElement()
        .satisfies(
            o ->
                assertThat(o.locations())
                    .extracting(n -> n.location().code().value())
                    .containsExactly("bib"));
  }

  @Test
  void anUnknownProductIsNotFound() {
    assertThatThrownBy(() -> service.advise(new ProductCode("unicorn"), CitizenContext.unknown()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void anUnknownHomeDistrictIsRefused() {
    CitizenContext gent = new CitizenContext(null, false, false, new DistrictCode("gent"), null);
    assertThatThrownBy(() -> service.advise(new ProductCode("eid-application"), gent))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("district");
  }
}
