package org.gazetteer.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gazetteer.common.testing.TestTokenResource;
import org.gazetteer.gateway.WireMockUpstreams;
import org.junit.jupiter.api.Test;

/** The alliance service is down (its port is closed) since before the gateway started. */
@QuarkusTest
@WithTestResource(
    value = WireMockUpstreams.class,
    initArgs = @ResourceArg(name = WireMockUpstreams.DOWN, value = "alliance"))
@WithTestResource(TestTokenResource.class)
class OpenApiUpstreamDownTest {

  @Inject NetworkApiDocument document;

  @Test
  void itsPartIsMissingAndTheOthersAreThere() {
    OpenApiDocuments.awaitRefresh(document);
    JsonNode merged = OpenApiDocuments.fetch();

    assertEquals("[\"alliance\"]", merged.path("x-missing-sources").toString());
    assertEquals(0, merged.path("x-stale-sources").size());
    assertTrue(merged.path("paths").has("/api/exhibits"));
    assertFalse(merged.path("paths").has("/api/alliance/members"));
    String description = merged.path("info").path("description").asText();
    assertTrue(description.contains("The `alliance` part is missing"), description);
    NetworkDocumentTest.assertValid(merged);
  }
}
