package be.loketopmaat.domain.calendar;

import be.loketopmaat.domain.common.LocalizedText;
import java.time.LocalDate;

/** A day on which the city's locations are closed unless an extra opening says otherwise. */
public record PublicHoliday(LocalDate date, LocalizedText name) {}
