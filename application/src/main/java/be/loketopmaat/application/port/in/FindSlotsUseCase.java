package be.loketopmaat.application.port.in;

import be.loketopmaat.domain.appointment.FreeSlot;
import be.loketopmaat.domain.catalogue.ProductCode;
import be.loketopmaat.domain.location.Coordinates;
import be.loketopmaat.domain.location.DistrictCode;
import be.loketopmaat.domain.location.LocationCode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The citizen's choice: proximity (one or a few chosen locations) or flexibility (every location
 * that offers the products), earliest first, evenings and Saturdays included.
 */
public interface FindSlotsUseCase {
  /** The most slots one page may hold. */
  int MAX_PAGE = 100;

  /**
   * @throws be.loketopmaat.application.NotFoundException when a product or chosen location is
   *     unknown
   * @throws be.loketopmaat.domain.common.InvalidInputException when the query cannot be answered as
   *     asked
   */
  SlotPage findSlots(SlotQuery query);

  enum Mode {
    PROXIMITY,
    FLEXIBLE
  }

  /**
   * {@code locations} is required for proximity and narrows a flexible search; {@code from}/{@code
   * to} and {@code districts} narrow either; {@code after} continues a previous page. {@code
   * eveningOnly} and {@code saturdayOnly} together mean either. {@code near}, the citizen's
   * position, gives each slot its distance; without it, a single district gives the distance from
   * that district's centre. {@code pickupOf} searches the pickup of that document order instead of
   * an application: where the document lies, once it is there (the mode may then be left out).
   */
  record SlotQuery(
      List<ProductCode> products,
      int persons,
      Mode mode,
      List<LocationCode> locations,
      boolean eveningOnly,
      boolean saturdayOnly,
      LocalDate from,
      LocalDate to,
      Set<DistrictCode> districts,
      int limit,
      Cursor after,
      Coordinates near,
      UUID pickupOf) {
    public SlotQuery {
      products = products == null ? List.of() : List.copyOf(products);
      locations = locations == null ? List.of() : List.copyOf(locations);
      districts = districts == null ? Set.of() : Set.copyOf(districts);
    }

    /** A query without the citizen's position. */
    public SlotQuery(
        List<ProductCode> products,
        int persons,
        Mode mode,
        List<LocationCode> locations,
        boolean eveningOnly,
        boolean saturdayOnly,
        LocalDate from,
        LocalDate to,
        Set<DistrictCode> districts,
        int limit,
        Cursor after) {
      this(
          products,
          persons,
          mode,
          locations,
          eveningOnly,
          saturdayOnly,
          from,
          to,
          districts,
          limit,
          after,
          null,
          null);
    }

    /** An application's query with the citizen's position. */
    public SlotQuery(
        List<ProductCode> products,
        int persons,
        Mode mode,
        List<LocationCode> locations,
        boolean eveningOnly,
        boolean saturdayOnly,
        LocalDate from,
        LocalDate to,
        Set<DistrictCode> districts,
        int limit,
        Cursor after,
        Coordinates near) {
      this(
          products,
          persons,
          mode,
          locations,
          eveningOnly,
          saturdayOnly,
          from,
          to,
          districts,
          limit,
          after,
          near,
          null);
    }
  }

  /** Where a page ended: the next page starts after this slot. */
  record Cursor(LocalDateTime start, LocationCode location) {}

  record SlotPage(List<FreeSlot> slots, Cursor next) {
    public SlotPage {
      slots = List.copyOf(slots);
    }
  }
}
