package be.loketopmaat.adapters.rest.staff;

import be.loketopmaat.domain.staff.StaffRole;
import java.util.Arrays;
import java.util.List;

/**
 * The staff roles as {@code @Secured} needs them, compile-time constants, the same names as {@link
 * StaffRole#claim()} (a test holds them together). The administrator is in every list: it may do
 * everything.
 */
public final class StaffRoles {
  public static final String COUNTER_CLERK = "counter-clerk";
  public static final String CONTACT_CENTRE_AGENT = "contact-centre-agent";
  public static final String LOCATION_MANAGER = "location-manager";
  public static final String CIVIL_STATUS_OFFICER = "civil-status-officer";
  public static final String ADMINISTRATOR = "administrator";

  /** Every role: what the shared token stands for. */
  public static final List<String> ALL =
      Arrays.stream(StaffRole.values()).map(StaffRole::claim).toList();

  private StaffRoles() {}
}
