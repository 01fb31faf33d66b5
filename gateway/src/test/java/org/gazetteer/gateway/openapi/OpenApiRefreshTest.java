package org.gazetteer.gateway.openapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gazetteer.common.testing.TestTokenResource;
import org.gazetteer.gateway.GatewayFixtures;
import org.gazetteer.gateway.OpenApiFixtures;
import org.gazetteer.gateway.WireMockUpstreams;
import org.gazetteer.gateway.config.GatewayConfig;
import org.junit.jupiter.api.Test;

/**
 * The document follows the services: the events service does not serve its document at start; the
 * alliance service stops serving it during a test. Each test waits for refreshes ({@code
 * gateway.openapi.refresh} is 200 ms in tests), never for a fixed time.
 */
@QuarkusTest
@WithTestResource(
    value = WireMockUpstreams.class,
    initArgs = @ResourceArg(name = WireMockUpstreams.OPENAPI_FAILING, value = "events"))
@WithTestResource(TestTokenResource.class)
class OpenApiRefreshTest {

  @Inject NetworkApiDocument document;
  @Inject GatewayConfig config;

  @Test
  void aServiceDownAtStartIsMissingAndNamedThenPresentOnceItAnswers() {
    OpenApiDocuments.awaitRefresh(document);
    JsonNode before = OpenApiDocuments.fetch();

    assertTrue(OpenApiDocuments.lists(before, "x-missing-sources", "events"));
    assertFalse(before.path("paths").has("/api/events"));
    assertTrue(before.path("paths").has("/api/museums"));
    String description = before.path("info").path("description").asText();
    assertTrue(description.contains("The `events` part is missing"), description);
    NetworkDocumentTest.assertValid(before);

    GatewayFixtures.upstream(config, "events").register(OpenApiFixtures.served("events"));
    JsonNode after =
        OpenApiDocuments.awaitDocument(document, doc -> doc.path("paths").has("/api/events"));

    assertFalse(OpenApiDocuments.lists(after, "x-missing-sources", "events"));
    assertFalse(OpenApiDocuments.lists(after, "x-stale-sources", "events"));
    assertTrue(after.path("paths").has("/api/registrations/{id}/check-in"));
    NetworkDocumentTest.assertValid(after);
  }

  @Test
  void aServiceThatStopsAnsweringKeepsItsLastPartMarkedStale() {
    WireMock alliance = GatewayFixtures.upstream(config, "alliance");
    OpenApiDocuments.awaitDocument(
        document,
        doc ->
            doc.path("paths").has("/api/alliance/members")
                && !OpenApiDocuments.lists(doc, "x-stale-sources", "alliance"));

    alliance.register(
        OpenApiFixtures.stub().willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    JsonNode stale =
        OpenApiDocuments.awaitDocument(
            document, doc -> OpenApiDocuments.lists(doc, "x-stale-sources", "alliance"));

    assertTrue(stale.path("paths").has("/api/alliance/members"));
    assertTrue(stale.path("paths").has("/api/alliance/requests/{id}/{action}"));
    assertFalse(OpenApiDocuments.lists(stale, "x-missing-sources", "alliance"));
    String description = stale.path("info").path("description").asText();
    assertTrue(description.contains("The `alliance` part is stale"), description);
    NetworkDocumentTest.assertValid(stale);

    alliance.register(OpenApiFixtures.served("alliance"));
    OpenApiDocuments.awaitDocument(
        document, doc -> !OpenApiDocuments.lists(doc, "x-stale-sources", "alliance"));
  }
}
