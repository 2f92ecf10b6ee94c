package be.loketopmaat.domain.appointment;

import be.loketopmaat.domain.location.LocationCode;
import java.time.LocalDateTime;

/**
 * A free stretch of time at a location, long enough for what the citizen needs, in the city's
 * wall-clock time. Which desk will serve is chosen when the slot is taken, not shown to the
 * citizen.
 */
public record Slot(LocationCode location, LocalDateTime start, LocalDateTime end) {}
