package org.gazetteer.deploy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * The packaged gateway of this checkout as a process of its own ({@link StandaloneGateway}), for
 * tests that need a real process (several instances, a small heap) rather than
 * {@code @QuarkusTest}, and a stand-in upstream to put behind it.
 */
final class PackagedGateway {

  private PackagedGateway() {}

  /**
   * Starts the gateway with {@code env} laid over its own (upstream URLs, limits) and {@code -Xmx}
   * of {@code heap}, and waits until it is live.
   */
  static StandaloneGateway start(String name, String heap, Map<String, String> env)
      throws IOException {
    Path repo = RepoRoot.locate(Map.of(), Path.of("").toAbsolutePath());
    return StandaloneGateway.start(repo, name, heap, env, line -> {});
  }

  /**
   * A stand-in upstream on {@code port} of the loopback address (0: any free one), started: every
   * path answers 200 with an empty page of a list.
   */
  static HttpServer emptyListUpstream(int port) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] body = "{\"items\": [], \"next\": null}".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    return server;
  }
}
