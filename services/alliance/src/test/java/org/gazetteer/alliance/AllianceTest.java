package org.gazetteer.alliance;

import io.quarkus.test.common.WithTestResource;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.gazetteer.common.testing.EmbeddedPostgresResource;
import org.gazetteer.common.testing.TestTokenResource;

/**
 * Marks a {@code @QuarkusTest} of the alliance service: real embedded PostgreSQL, test-signed
 * tokens and the museums service stubbed by {@link UpstreamStubs}. Every alliance test uses it, so
 * they all share one application start.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TestTokenResource.class)
@WithTestResource(UpstreamStubs.class)
public @interface AllianceTest {}
