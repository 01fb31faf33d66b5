package org.gazetteer.deploy;

import java.nio.file.Path;
import java.util.List;

/** Starts a packaged Quarkus app ({@code quarkus-run.jar}) on the launcher's own Java. */
public final class QuarkusApp {

  private QuarkusApp() {}

  public static ManagedProcess start(AppSpec app, NetworkConfig config) {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = List.of(java.toString(), "-jar", app.jar(config.repoRoot()).toString());
    return ManagedProcess.start(
        app.name(),
        command,
        app.environment(config),
        config.repoRoot().resolve(app.module()),
        config.logDir());
  }
}
