package org.gazetteer.deploy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The packaged gateway of this checkout as a process of its own ({@link StandaloneGateway}), for
 * tests that need a real process (several instances, a small heap) rather than
 * {@code @QuarkusTest}.
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

  static int freePort() {
    return Ports.freePort();
  }
}
