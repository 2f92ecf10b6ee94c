package be.loketopmaat.adapters.rest.staff;

import be.loketopmaat.domain.common.InvalidInputException;
import be.loketopmaat.domain.common.Violations;
import be.loketopmaat.domain.staff.StaffMember;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;

/**
 * Who does a staff request, for the record of staff actions: the person the identity provider's
 * token names (its subject, and its {@code name} or {@code preferred_username} claim). Behind the
 * opt-in shared token nobody is identified, so the record says so: the id is {@value
 * #SHARED_TOKEN_ID}, and the name is what the optional {@value #HEADER} header claims (unverified,
 * as the record shows) or {@value #SHARED_TOKEN_NAME}.
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
    Authentication signedIn =
        request
            .getUserPrincipal(Authentication.class)
            .orElseThrow(
                () -> new IllegalStateException("a staff endpoint was reached without sign-in"));
    if (!SHARED_TOKEN_ID.equals(signedIn.getName())) {
      return person(signedIn);
    }
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
            "must be a name of 1 to {0} printable characters",
            MAX_NAME)
        .throwIfAny();
    return new StaffMember(SHARED_TOKEN_ID, name + " (" + SHARED_TOKEN_NAME + ")");
  }

  private static StaffMember person(Authentication signedIn) {
    String id = clip(signedIn.getName(), StaffMember.MAX_ID);
    Object name = signedIn.getAttributes().get("name");
    if (!(name instanceof String) || ((String) name).isBlank()) {
      name = signedIn.getAttributes().get("preferred_username");
    }
    return new StaffMember(
        id,
        name instanceof String text && !text.isBlank()
            ? clip(text.strip(), StaffMember.MAX_NAME)
            : id);
  }

  private static String clip(String text, int most) {
    return text.length() <= most ? text : text.substring(0, most);
  }
}
