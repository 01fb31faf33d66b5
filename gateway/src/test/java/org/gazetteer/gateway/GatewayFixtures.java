package org.gazetteer.gateway;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.vertx.http.HttpServer;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.gazetteer.gateway.config.GatewayConfig;

/** Shared helpers of the gateway's HTTP tests. */
public final class GatewayFixtures {

  private GatewayFixtures() {}

  /** A remote client of the WireMock server that plays {@code upstream}. */
  public static WireMock upstream(GatewayConfig config, String upstream) {
    URI url = config.upstream().get(upstream);
    return WireMock.create().host(url.getHost()).port(url.getPort()).build();
  }

  /** The base URL of the management interface (full health, metrics) of the gateway under test. */
  public static String management(HttpServer server) {
    return "http://127.0.0.1:" + server.getManagementPort();
  }

  /** A path under {@code prefix} that no other test uses. */
  public static String uniquePath(String prefix) {
    return prefix + "/" + UUID.randomUUID();
  }

  /** The requests {@code upstream} received for {@code path}. */
  public static List<LoggedRequest> received(WireMock upstream, String path) {
    return upstream.find(WireMock.anyRequestedFor(WireMock.urlPathEqualTo(path)));
  }

  /** The single request {@code upstream} received for {@code path}. */
  public static LoggedRequest receivedOnce(WireMock upstream, String path) {
    List<LoggedRequest> requests = received(upstream, path);
    if (requests.size() != 1) {
      throw new AssertionError(
          "expected one request to " + path + " upstream, got " + requests.size());
    }
    return requests.get(0);
  }
}
