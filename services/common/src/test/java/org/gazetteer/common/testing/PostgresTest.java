package org.gazetteer.common.testing;

import io.quarkus.test.common.WithTestResource;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code @QuarkusTest} that runs the service on a real embedded PostgreSQL with tokens
 * signed by the per-run test key. Test classes with it share one application start.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TestTokenResource.class)
public @interface PostgresTest {}
