package be.loketopmaat.adapters.persistence.jdbc;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A location without its calendar exceptions; the rest as a {@link Documents.LocationDefinition}.
 */
@MappedEntity("location")
record LocationRow(@Id String code, String name, String type, String district, String definition) {}
