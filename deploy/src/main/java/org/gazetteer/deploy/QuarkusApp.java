package org.gazetteer.deploy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Starts a packaged Quarkus app ({@code quarkus-run.jar}) on the launcher's own Java. */
final class QuarkusApp {

  private QuarkusApp() {}

  static ManagedProcess start(AppSpec app, NetworkConfig config) {
    return start(app, config, Map.of());
  }

  /** With {@code extra} laid over the app's environment, e.g. a token key of a benchmark's own. */
  static ManagedProcess start(AppSpec app, NetworkConfig config, Map<String, String> extra) {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = List.of(java.toString(), "-jar", app.jar(config.repoRoot()).toString());
    Map<String, String> env = new LinkedHashMap<>(app.environment(config));
    env.putAll(extra);
    return ManagedProcess.start(
        app.name(), command, env, config.repoRoot().resolve(app.module()), config.logDir());
  }
}
