package be.loketopmaat.application.port.out.federal;

import be.loketopmaat.domain.citizen.NationalNumber;
import be.loketopmaat.domain.renewal.ExpiringCard;
import java.time.LocalDate;
import java.util.List;

/**
 * The identity cards of the city's residents that run out soon, as the National Register (through
 * MAGDA) lists them for the municipality, a page at a time. Every page reads personal data: the
 * caller records each person on it in {@link be.loketopmaat.application.port.out.RegisterReads}.
 *
 * @throws SystemUnavailableException when the register cannot be reached or fails (retry later)
 */
public interface ExpiringCards {

  /**
   * The cards valid until a day in [{@code from}, {@code to}], of holders whose national number
   * comes after {@code after} (null: from the first), by national number, at most {@code limit}.
   */
  List<ExpiringCard> expiring(LocalDate from, LocalDate to, NationalNumber after, int limit);
}
