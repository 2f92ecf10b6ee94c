package be.loketopmaat.adapters.federal.simulator;

import be.loketopmaat.domain.citizen.NationalNumber;
import java.util.List;

/**
 * The test personas of the simulated DABS: who is in the National Register, who is married to whom,
 * which prenatal recognition is registered. A test that needs people of its own adds them ({@link
 * DabsSimulator#register}, {@link DabsSimulator#marry}).
 */
public final class DabsPersonas {
  /** Sara and Tom Janssens, married: Tom's paternity of Sara's child is presumed. */
  public static final NationalNumber MARRIED_MOTHER = NationalNumber.of("90011512363");

  public static final NationalNumber MARRIED_FATHER = NationalNumber.of("88061212349");

  /** Lies and Eva Wouters, married: Eva's co-motherhood of Lies's child is presumed. */
  public static final NationalNumber CO_MOTHERS_MOTHER = NationalNumber.of("92030412361");

  public static final NationalNumber CO_MOTHER = NationalNumber.of("93070712320");

  /** Nora El Amrani and Koen Maes, not married: Koen recognised Nora's unborn child. */
  public static final NationalNumber UNMARRIED_MOTHER = NationalNumber.of("95092112344");

  public static final NationalNumber RECOGNISING_FATHER = NationalNumber.of("87020212309");

  /** Jonas Claes and Marie Dubois, who mean to marry. */
  public static final NationalNumber GROOM = NationalNumber.of("91010112319");

  public static final NationalNumber BRIDE = NationalNumber.of("94040412313");

  /**
   * Anna Peeters, MAGDA's simulated Antwerp resident (the kiosks' virtual card): born in Antwerp on
   * 31 July 1985, married there on 16 June 2012 to {@link #RESIDENTS_SPOUSE}. DABS holds both acts
   * from the start, signed long ago.
   */
  public static final NationalNumber KIOSK_RESIDENT = NationalNumber.of("85073100328");

  public static final NationalNumber RESIDENTS_SPOUSE = NationalNumber.of("83041512334");

  /** A valid national number that is in no register. */
  public static final NationalNumber UNKNOWN = NationalNumber.of("90011524538");

  /** Everyone DABS knows from the start. */
  static final List<NationalNumber> REGISTERED =
      List.of(
          MARRIED_MOTHER,
          MARRIED_FATHER,
          CO_MOTHERS_MOTHER,
          CO_MOTHER,
          UNMARRIED_MOTHER,
          RECOGNISING_FATHER,
          GROOM,
          BRIDE,
          KIOSK_RESIDENT,
          RESIDENTS_SPOUSE);

  private DabsPersonas() {}
}
