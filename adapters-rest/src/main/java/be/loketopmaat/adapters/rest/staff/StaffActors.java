package be.loketopmaat.adapters.rest.staff;

import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.common.Violations;
import be.loketopmaat.domain.staff.StaffMember;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

/**
 * Who does a staff request, for the record of staff actions. Behind the one shared staff token
 * nobody is identified, so the record says so: the id is always {@value #SHARED_TOKEN_ID}, and the
 * name is what the optional {@value #HEADER} header claims (unverified, as the record shows) or
 * {@value #SHARED_TOKEN_NAME}. Personal sign-in through the city's identity provider replaces this.
 */
@Singleton
public final class StaffActors {
  public static final String HEADER = "X-Staff-Member";
  public static final String SHARED_TOKEN_ID = "shared-token";
  public static final String SHARED_TOKEN_NAME = "shared staff token";
  static final int MAX_NAME = 100;

  /**
   * @throws InvalidInputException when the header is blank, too long or not printable text
   */
  public StaffMember of(HttpRequest<?> request) {
    String claimed = request.getHeaders().get(HEADER);
    if (claimed == null) {
      return new StaffMember(SHARED_TOKEN_ID, SHARED_TOKEN_NAME);
    }
    String name = claimed.strip();
    new Violations()
        .require(
            !name.isEmpty()
                && name.length() <= MAX_NAME
                && name.codePoints().noneMatch(Character::isISOControl),
            HEADER,
            "must be a name of 1 to " + MAX_NAME + " printable characters")
        .throwIfAny();
    return new StaffMember(SHARED_TOKEN_ID, name + " (" + SHARED_TOKEN_NAME + ")");
  }
}
