package be.loketopmaat.adapters.persistence.register;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDateTime;

/** One line of {@code register_read}. */
@MappedEntity("register_read")
record RegisterReadRow(
    @Id @GeneratedValue @Nullable Long id,
    String insz,
    String purpose,
    String readBy,
    LocalDateTime readAt,
    @Nullable String reference) {}
