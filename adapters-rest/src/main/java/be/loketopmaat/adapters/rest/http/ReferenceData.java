package be.loketopmaat.adapters.rest.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller whose answers are the city's public reference data (catalogue, locations,
 * calendars, city): the same for everyone and personal to nobody, so that {@link
 * HttpConventionsFilter} lets clients and caches keep them briefly and revalidate them by ETag.
 * Everything else is answered {@code Cache-Control: no-store}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ReferenceData {}
