package org.gazetteer.readingrooms;

import io.quarkus.test.common.WithTestResource;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.gazetteer.common.testing.EmbeddedPostgresResource;
import org.gazetteer.common.testing.TestTokenResource;

/** Marks a test that runs the service on real embedded PostgreSQL with test-signed tokens. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TestTokenResource.class)
public @interface PostgresTest {}
