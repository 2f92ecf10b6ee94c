package be.loketopmaat.domain.staff;

import be.loketopmaat.domain.common.Violations;

/**
 * The person of the city's staff who acts: {@code id} is who the identity provider says they are
 * (its subject), {@code name} what the records show of them.
 */
public record StaffMember(String id, String name) {
  public static final int MAX_ID = 200;
  public static final int MAX_NAME = 200;

  public StaffMember {
    new Violations()
        .requireText(id, "staff.id", MAX_ID)
        .requireText(name, "staff.name", MAX_NAME)
        .throwIfAny();
  }
}
