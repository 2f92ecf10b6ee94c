package be.loketopmaat.adapters.rest.ratelimit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint that takes desk time (holds, bookings): {@link RateLimitFilter} limits it per
 * client. The mark sits on the route, not on a path pattern, so that no spelling of the URL slips
 * past the limit.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RateLimited {}
