package be.loketopmaat.adapters.persistence.attest;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.util.UUID;

/** One line of {@code attest_print}: the PDF of an attest waiting to be printed. */
@MappedEntity("attest_print")
record AttestPrintRow(@Id UUID requestId, byte[] pdf) {}
