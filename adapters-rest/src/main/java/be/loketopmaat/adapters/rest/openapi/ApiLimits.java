package be.loketopmaat.adapters.rest.openapi;

import be.loketopmaat.application.port.in.FindSlotsUseCase;
import be.loketopmaat.domain.appointment.AppointmentNeed;
import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.common.Code;

/**
 * The limits the service enforces, as the constants the OpenAPI annotations can name: taken from
 * the rules that enforce them, so that the document cannot drift from the checks.
 */
public final class ApiLimits {
  public static final String PERSONS_MAX = "" + AppointmentNeed.MAX_PERSONS;
  public static final int PRODUCTS_MAX = AppointmentNeed.MAX_PRODUCTS;
  public static final String CODE = "^" + Code.SHAPE + "$";
  public static final String PAGE_MAX = "" + FindSlotsUseCase.MAX_PAGE;
  public static final String REFERENCE = "^" + AppointmentReference.SHAPE_PATTERN + "$";

  private ApiLimits() {}
}
