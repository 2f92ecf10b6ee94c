package be.loketopmaat.adapters.persistence.kiosk;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDateTime;
import java.util.UUID;

/** One line of {@code kiosk_challenge}. */
@MappedEntity("kiosk_challenge")
record KioskChallengeRow(@Id UUID id, UUID kiosk, String challenge, LocalDateTime expires) {}
