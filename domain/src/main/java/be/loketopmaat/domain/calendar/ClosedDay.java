package be.loketopmaat.domain.calendar;

import be.loketopmaat.domain.common.LocalizedText;
import java.time.LocalDate;

/** A day on which a location that is normally open stays closed, and why. */
public record ClosedDay(LocalDate date, LocalizedText reason) {}
