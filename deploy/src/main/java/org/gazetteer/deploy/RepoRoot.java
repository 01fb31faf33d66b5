package org.gazetteer.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Finds the checkout the launcher belongs to, so it runs the same from any working folder. */
final class RepoRoot {

  private RepoRoot() {}

  /**
   * {@code GAZETTEER_HOME}, else the nearest folder at or above {@code start} (the launcher jar's
   * folder) that holds the realm file, else {@code start}.
   */
  static Path locate(Map<String, String> env, Path start) {
    String home = env.get("GAZETTEER_HOME");
    if (home != null && !home.isBlank()) {
      return Path.of(home).toAbsolutePath().normalize();
    }
    for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("deploy/keycloak/gazetteer-realm.json"))) {
        return dir;
      }
    }
    return start.toAbsolutePath();
  }
}
