package be.loketopmaat.adapters.rest;

import static be.loketopmaat.adapters.rest.Api.PROBLEM_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import be.loketopmaat.application.port.in.ManageCatalogueUseCase;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** A server without a staff token must keep the staff API closed, not open. */
@MicronautTest
@Property(name = "loket.staff.token", value = " ")
class StaffApiDisabledTest {
  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject ManageCatalogueUseCase catalogue;

  @MockBean(ManageCatalogueUseCase.class)
  ManageCatalogueUseCase catalogue() {
    return mock(ManageCatalogueUseCase.class);
  }

  @Test
  void withABlankTokenTheStaffApiIsUnavailable() {
    Api.Response response =
        new Api(server, json).staff("POST", "/api/v1/staff/products", StaffProductApiTest.PASSPORT);

    assertThat(response.status()).isEqualTo(503);
    assertThat(response.contentType()).isEqualTo(PROBLEM_JSON);
    assertThat(response.at("type")).isEqualTo("/problems/staff-api-disabled");
    verifyNoInteractions(catalogue);
  }

  @Test
  void evenABlankBearerDoesNotOpenIt() {
    Api.Response response =
        new Api(server, json)
            .send(
                "POST",
                "/api/v1/staff/products",
                "application/json",
                StaffProductApiTest.PASSPORT,
                "Bearer  ");

    assertThat(response.status()).isEqualTo(503);
    verifyNoInteractions(catalogue);
  }
}
