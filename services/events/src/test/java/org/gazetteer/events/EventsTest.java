package org.gazetteer.events;

import io.quarkus.test.common.WithTestResource;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.gazetteer.common.testing.EmbeddedPostgresResource;
import org.gazetteer.common.testing.TestTokenResource;

/**
 * Marks a {@code @QuarkusTest} of the events service: real embedded PostgreSQL, test-signed tokens
 * and the venue services stubbed by {@link VenueStubs}. Every events test uses it, so they all
 * share one application start.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TestTokenResource.class)
@WithTestResource(VenueStubs.class)
public @interface EventsTest {}
