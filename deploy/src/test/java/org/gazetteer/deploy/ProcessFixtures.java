package org.gazetteer.deploy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Short-lived shell processes standing in for Keycloak or a service. */
final class ProcessFixtures {

  private ProcessFixtures() {}

  static ManagedProcess shell(Path logDir, String name, String script) {
    return ManagedProcess.start(name, List.of("sh", "-c", script), Map.of(), logDir, logDir);
  }
}
