package be.loketopmaat.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import be.loketopmaat.adapters.rest.staff.StaffRoles;
import be.loketopmaat.domain.staff.StaffRole;
import io.micronaut.security.annotation.Secured;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every staff route names the roles it allows, and only roles that exist. */
@MicronautTest
class StaffRoutesSecuredTest {
  @Inject Router router;

  @Test
  void everyStaffRouteAllowsNamedRolesOnly() {
    List<UriRouteInfo<?, ?>> staffRoutes =
        router
            .uriRoutes()
            .filter(r -> r.getUriMatchTemplate().toPathString().startsWith("/api/v1/staff/"))
            .toList();

    assertThat(staffRoutes).hasSizeGreaterThan(20);
    for (UriRouteInfo<?, ?> route : staffRoutes) {
      String[] roles = route.getAnnotationMetadata().stringValues(Secured.class);
      assertThat(roles).as(route.toString()).isNotEmpty();
      assertThat(StaffRoles.ALL).as(route.toString()).contains(roles);
      assertThat(roles).as(route.toString()).contains(StaffRoles.ADMINISTRATOR);
    }
  }

  @Test
  void theRoleConstantsAreTheDomainsRoles() {
    assertThat(
            List.of(
                StaffRoles.COUNTER_CLERK,
                StaffRoles.CONTACT_CENTRE_AGENT,
                StaffRoles.LOCATION_MANAGER,
                StaffRoles.CIVIL_STATUS_OFFICER,
                StaffRoles.ADMINISTRATOR))
        .containsExactlyElementsOf(
            Arrays.stream(StaffRole.values()).map(StaffRole::claim).toList());
  }
}
