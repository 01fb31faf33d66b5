package org.gazetteer.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One WireMock server per upstream on a dynamic port, so a test can tell which service a request
 * reached. Each serves its service's real OpenAPI document at {@code /q/openapi} ({@link
 * OpenApiFixtures}). Upstreams named in the {@code down} init arg point at a closed port instead.
 * Tests stub and verify through {@link GatewayFixtures#upstream}, WireMock's remote client.
 */
public class WireMockUpstreams implements QuarkusTestResourceLifecycleManager {

  /** The upstreams of the gateway's configuration, each played by a server of its own. */
  public static final List<String> UPSTREAMS =
      List.of("museums", "reading-rooms", "events", "alliance");

  /** Comma-separated upstream ids ({@code alliance}, …) that are down. */
  public static final String DOWN = "down";

  /**
   * Comma-separated upstream ids whose {@code /q/openapi} answers 503 at start (the service is up
   * otherwise); tests stub it again to bring the document back.
   */
  public static final String OPENAPI_FAILING = "openapi-failing";

  /** {@code true} makes an upstream that is down make the gateway not ready. */
  public static final String STRICT_READINESS = "strict-readiness";

  /** The route whose response timeout the tests shorten. */
  public static final String SLOW_ROUTE = "exhibitions";

  public static final int SLOW_ROUTE_TIMEOUT_MILLIS = 400;

  /** The route whose request bodies the tests limit, and the limit in bytes. */
  public static final String SMALL_BODY_ROUTE = "reservations";

  public static final long SMALL_BODY = 64 * 1024;

  /** How long each service may take with its part of a federated search, in tests. */
  public static final int SEARCH_TIMEOUT_MILLIS = 500;

  /** The gateway's public URL in tests: not the address the tests connect to, on purpose. */
  public static final String PUBLIC_URL = "https://gazetteer.test:8443";

  public static final int FAILURE_THRESHOLD = 3;

  private final List<WireMockServer> servers = new ArrayList<>();
  private Set<String> down = Set.of();
  private Set<String> openApiFailing = Set.of();
  private boolean strictReadiness;

  @Override
  public void init(Map<String, String> initArgs) {
    String names = initArgs.getOrDefault(DOWN, "");
    down = names.isBlank() ? Set.of() : Set.of(names.split(","));
    String failing = initArgs.getOrDefault(OPENAPI_FAILING, "");
    openApiFailing = failing.isBlank() ? Set.of() : Set.of(failing.split(","));
    strictReadiness = Boolean.parseBoolean(initArgs.getOrDefault(STRICT_READINESS, "false"));
  }

  @Override
  public Map<String, String> start() {
    Map<String, String> config = new HashMap<>();
    for (String upstream : UPSTREAMS) {
      int port = down.contains(upstream) ? closedPort() : startServer(upstream);
      config.put("gateway.upstream." + upstream, "http://localhost:" + port);
    }
    config.put("gateway.public-url", PUBLIC_URL);
    config.put("gateway.routes." + SLOW_ROUTE + ".timeout", SLOW_ROUTE_TIMEOUT_MILLIS + "MS");
    config.put("gateway.routes." + SMALL_BODY_ROUTE + ".max-body-size", Long.toString(SMALL_BODY));
    config.put("gateway.search.timeout", SEARCH_TIMEOUT_MILLIS + "MS");
    config.put("gateway.circuit-breaker.failure-threshold", Integer.toString(FAILURE_THRESHOLD));
    config.put("gateway.circuit-breaker.delay", "30S");
    config.put("gateway.health.upstreams-affect-readiness", Boolean.toString(strictReadiness));
    return config;
  }

  @Override
  public void stop() {
    servers.forEach(WireMockServer::stop);
  }

  private int startServer(String upstream) {
    WireMockServer server = new WireMockServer(options().dynamicPort().gzipDisabled(true));
    server.start();
    servers.add(server);
    if (openApiFailing.contains(upstream)) {
      server.stubFor(OpenApiFixtures.stub().willReturn(aResponse().withStatus(503)));
    } else {
      server.stubFor(OpenApiFixtures.served(upstream));
    }
    return server.port();
  }

  /** A port nothing listens on: connections to it are refused at once. */
  private static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
