package org.gazetteer.gateway.proxy;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.gazetteer.gateway.config.GatewayConfig;
import org.gazetteer.gateway.routing.RouteTable;
import org.gazetteer.gateway.routing.Upstream;
import org.jboss.logging.Logger;

/**
 * One pooled keep-alive Vert.x HTTP client per upstream. Bodies pass through untouched: the client
 * neither asks for nor undoes compression.
 */
@ApplicationScoped
public class UpstreamClients {

  private static final Logger LOG = Logger.getLogger(UpstreamClients.class);

  private final Map<String, HttpClient> clients = new HashMap<>();

  UpstreamClients(Vertx vertx, GatewayConfig config, RouteTable routes) {
    for (Upstream upstream : routes.upstreams()) {
      clients.put(upstream.id(), create(vertx, upstream.url(), config));
    }
  }

  public HttpClient of(Upstream upstream) {
    return clients.get(upstream.id());
  }

  private static HttpClient create(Vertx vertx, URI url, GatewayConfig config) {
    boolean tls = "https".equalsIgnoreCase(url.getScheme());
    int port = url.getPort() > 0 ? url.getPort() : tls ? 443 : 80;
    HttpClientOptions options =
        new HttpClientOptions()
            .setDefaultHost(url.getHost())
            .setDefaultPort(port)
            .setSsl(tls)
            .setKeepAlive(true)
            .setKeepAliveTimeout((int) config.pool().keepAliveTimeout().toSeconds())
            .setConnectTimeout((int) config.timeout().connect().toMillis())
            .setTryUseCompression(false)
            .setDecompressionSupported(false);
    PoolOptions pool = new PoolOptions().setHttp1MaxSize(config.pool().maxSize());
    return vertx
        .httpClientBuilder()
        .with(options)
        .with(pool)
        // A broken connection fails its request, which reports it; this keeps Vert.x from also
        // logging it as an unhandled error.
        .withConnectHandler(connection -> connection.exceptionHandler(UpstreamClients::onError))
        .build();
  }

  private static void onError(Throwable failure) {
    LOG.debugf("Upstream connection failed: %s", failure.toString());
  }

  @PreDestroy
  void close() {
    clients.values().forEach(HttpClient::close);
  }
}
