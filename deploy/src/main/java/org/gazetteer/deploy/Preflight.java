package org.gazetteer.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything checked before the first process starts, so that a problem never leaves a half-started
 * network: the files to run, a JDK for Keycloak, free ports.
 */
final class Preflight {

  private static final Path JVM_ROOT = Path.of("/usr/lib/jvm");

  private Preflight() {}

  /** Returns the JDK Keycloak will run on, or throws naming every problem found. */
  static JdkLocator.Choice check(NetworkConfig config) {
    List<String> missing = missingFiles(config);
    if (!missing.isEmpty()) {
      throw new StartupException(
          "missing, so nothing was started:\n  "
              + String.join("\n  ", missing)
              + "\nBuild them with `mvn -B -DskipTests package` at the repository root"
              + " (./gazetteer does this for you).");
    }
    JdkLocator.Choice jdk =
        JdkLocator.select(
            config.keycloakJavaHome(),
            JdkLocator.candidatesIn(JVM_ROOT),
            Path.of(System.getProperty("java.home")));
    List<String> conflicts =
        PortCheck.conflicts(
            PortCheck.wanted(config), port -> PortCheck.isFree(config.bindAddress(), port));
    if (!conflicts.isEmpty()) {
      throw new StartupException(
          "cannot start, nothing was started:\n  "
              + String.join("\n  ", conflicts)
              + leftoverPostgresHint(config)
              + "\nStop what uses them, or choose other ports (see --help).");
    }
    return jdk;
  }

  /** The files a start needs that are not there, each with the module that builds it. */
  static List<String> missingFiles(NetworkConfig config) {
    List<String> missing = new ArrayList<>();
    if (!Files.isRegularFile(config.realmFile())) {
      missing.add(config.realmFile() + " (the realm; is the repository root right?)");
    }
    if (!Files.isRegularFile(KeycloakServer.script(config))) {
      missing.add(config.keycloakHome() + " (Keycloak, unpacked by the deploy module's build)");
    }
    if (config.scope() == Scope.ALL) {
      List<AppSpec> apps = new ArrayList<>(AppSpec.services(config.ports()));
      apps.add(AppSpec.gateway(config.ports()));
      for (AppSpec app : apps) {
        Path jar = app.jar(config.repoRoot());
        if (!Files.isRegularFile(jar)) {
          missing.add(jar + " (" + app.name() + ", module " + app.module() + ")");
        }
      }
    }
    return missing;
  }

  /** A launcher killed with SIGKILL leaves its PostgreSQL running; say how to stop it. */
  private static String leftoverPostgresHint(NetworkConfig config) {
    Path pidFile = config.postgresDataDir().resolve("postmaster.pid");
    if (!config.database().embedded() || !Files.isRegularFile(pidFile)) {
      return "";
    }
    try {
      String pid = Files.readAllLines(pidFile).get(0).trim();
      return "\n  "
          + pidFile
          + " names PID "
          + pid
          + ": a PostgreSQL left over from an earlier run? `kill "
          + pid
          + "` stops it cleanly.";
    } catch (IOException | IndexOutOfBoundsException e) {
      return "";
    }
  }
}
