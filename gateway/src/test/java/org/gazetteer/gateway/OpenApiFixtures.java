package org.gazetteer.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The services' own OpenAPI documents as they serve them ({@code /q/openapi?format=json}), kept in
 * {@code src/test/resources/openapi/} (how they were made: the README there).
 */
public final class OpenApiFixtures {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The services whose documents are kept, as the gateway's configuration names them. */
  public static final List<String> SERVICES = WireMockUpstreams.UPSTREAMS;

  private OpenApiFixtures() {}

  /** The document of {@code upstream}, as text. */
  public static String text(String upstream) {
    String resource = "openapi/" + upstream + ".json";
    try (InputStream in = OpenApiFixtures.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document of {@code upstream}, as a tree. */
  public static JsonNode tree(String upstream) {
    try {
      return JSON.readTree(text(upstream));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The request the gateway sends for a service's document. */
  public static MappingBuilder stub() {
    return get(urlPathEqualTo("/q/openapi"));
  }

  /** The service serving its document. */
  public static MappingBuilder served(String upstream) {
    return stub()
        .willReturn(
            aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json;charset=UTF-8")
                .withBody(text(upstream)));
  }
}
