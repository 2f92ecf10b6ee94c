package be.loketopmaat.adapters.persistence.jdbc;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A product: what lists and identifies it in columns, the rest as a {@link
 * Documents.ProductDefinition}.
 */
@MappedEntity("product")
record ProductRow(
    @Id String code,
    String theme,
    String nameNl,
    String nameFr,
    String nameEn,
    String definition) {}
