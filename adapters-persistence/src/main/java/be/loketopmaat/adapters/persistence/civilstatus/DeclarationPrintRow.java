package be.loketopmaat.adapters.persistence.civilstatus;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.util.UUID;

/** One line of {@code civil_status_print}: the extract of a signed act waiting to be printed. */
@MappedEntity("civil_status_print")
record DeclarationPrintRow(@Id UUID declarationId, byte[] pdf) {}
