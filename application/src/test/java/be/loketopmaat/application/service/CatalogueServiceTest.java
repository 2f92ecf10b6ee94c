package be.loketopmaat.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.loketopmaat.application.AlreadyExistsException;
import be.loketopmaat.application.NotFoundException;
import be.loketopmaat.application.port.in.BrowseCatalogueUseCase.ProductFilter;
import be.loketopmaat.domain.Fixtures;
import be.loketopmaat.domain.catalogue.Channel;
import be.loketopmaat.domain.catalogue.Product;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.catalogue.Theme;
import org.junit.jupiter.api.Test;

class CatalogueServiceTest {
  private final InMemoryProducts products =
      new InMemoryProducts().with(Fixtures.eid(), Fixtures.attest(), Fixtures.socialServices());
  private final CatalogueService catalogue = new CatalogueService(products);

  @Test
  void filtersCombine() {
    assertThat(catalogue.findProducts(new ProductFilter(Theme.IDENTITY, null, null)))
        .extracting(p -> p.code().value())
        .containsExactly("attest-main-residence", "eid-application");
    assertThat(catalogue.findProducts(new ProductFilter(Theme.IDENTITY, Channel.KIOSK, null)))
        .extracting(p -> p.code().value())
        .containsExactly("attest-main-residence");
    assertThat(catalogue.findProducts(new ProductFilter(null, null, "SOCIAL")))
        .extracting(p -> p.code().value())
        .containsExactly("social-services");
    assertThat(catalogue.findProducts(new ProductFilter(null, null, "EID APPLICATION (FR)")))
        .extracting(p -> p.code().value())
        .containsExactly("eid-application");
    assertThat(catalogue.findProducts(ProductFilter.all())).hasSize(3);
  }

  @Test
  void textSearchMatchesWordsNotFragmentsIgnoringCaseAndAccents() {
    Product guidance =
        new Product(
            new ProductCode("begeleiding"),
            new be.loketopmaat.domain.common.LocalizedText(
                "Begeleiding bij aanvragen", "Accompagnement des démarches", "Guidance"),
            Fixtures.socialServices().theme(),
            Fixtures.socialServices().description(),
            Fixtures.socialServices().channels(),
            false,
            Fixtures.socialServices().deskDuration(),
            Fixtures.socialServices().requiredFacilities(),
            null,
            Fixtures.socialServices().referral());
    products.with(guidance);

    assertThat(catalogue.findProducts(new ProductFilter(null, null, "eid")))
        .extracting(p -> p.code().value())
        .containsExactly("eid-application");
    assertThat(catalogue.findProducts(new ProductFilter(null, null, "DEMARCHE")))
        .extracting(p -> p.code().value())
        .containsExactly("begeleiding");
    assertThat(catalogue.findProducts(new ProductFilter(null, null, "leiding"))).isEmpty();
    assertThat(catalogue.findProducts(new ProductFilter(null, null, "  "))).hasSize(4);
  }

  @Test
  void anUnknownCodeIsNotFound() {
    assertThatThrownBy(() -> catalogue.getProduct(new ProductCode("unicorn")))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("unicorn");
  }

  @Test
  void staffCreateAndReplaceProducts() {
    Product eid = Fixtures.eid();
    assertThatThrownBy(() -> catalogue.createProduct(eid))
        .isInstanceOf(AlreadyExistsException.class);
    Product renamed =
        new Product(
            eid.code(),
            Fixtures.text("Electronic identity card"),
            eid.theme(),
            eid.description(),
            eid.channels(),
            eid.presenceRequired(),
            eid.deskDuration(),
            eid.requiredFacilities(),
            eid.pickup(),
            eid.referral());
    catalogue.replaceProduct(renamed);
    assertThat(catalogue.getProduct(eid.code()).name().en()).isEqualTo("Electronic identity card");
  }

  @Test
  void replacingAnUnknownProductIsNotFoundAndCreatesNothing() {
    products.byCode.remove("eid-application");
    assertThatThrownBy(() -> catalogue.replaceProduct(Fixtures.eid()))
        .isInstanceOf(NotFoundException.class);
    assertThat(products.byCode).doesNotContainKey("eid-application");
  }
}
