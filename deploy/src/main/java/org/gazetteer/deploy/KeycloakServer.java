package org.gazetteer.deploy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keycloak from the unpacked distribution, in dev mode ({@code start-dev}: on two cores it became
 * ready faster than {@code build} + {@code start --optimized}), storing its data in the {@code
 * keycloak} database and importing the {@code gazetteer} realm when it does not exist yet. The host
 * name is pinned so the token issuer is always {@code http://localhost:<port>/realms/…}, whatever
 * address it listens on (its HTTP and management interfaces both use the bind address).
 */
final class KeycloakServer {

  /** The bootstrap admin of the master realm; local only. */
  static final String ADMIN_USER = "kcadmin";

  static final String ADMIN_PASSWORD = "kcadmin-local";

  private KeycloakServer() {}

  /** The start script; the distribution counts as unpacked when it exists. */
  static Path script(NetworkConfig config) {
    return config.keycloakHome().resolve("bin/kc.sh");
  }

  /** Whether Keycloak has already built its dev-mode server here (the first start does). */
  static boolean isBuilt(NetworkConfig config) {
    return Files.isRegularFile(config.keycloakHome().resolve("data/.gazetteer-started"));
  }

  static ManagedProcess start(NetworkConfig config, JdkLocator.Choice jdk) {
    copyRealm(config);
    return ManagedProcess.start(
        "keycloak",
        command(config),
        environment(config, jdk),
        config.keycloakHome(),
        config.logDir());
  }

  /** Remembers a successful start, so later starts need not announce the build. */
  static void markStarted(NetworkConfig config) {
    try {
      Files.writeString(config.keycloakHome().resolve("data/.gazetteer-started"), "");
    } catch (IOException e) {
      // Only a hint for the next start's message.
    }
  }

  /** Answers 200 once the realm is imported and Keycloak serves tokens. */
  static URI readinessUri(NetworkConfig config) {
    return URI.create(config.issuer() + "/.well-known/openid-configuration");
  }

  static List<String> command(NetworkConfig config) {
    Ports ports = config.ports();
    return List.of(
        "sh",
        script(config).toString(),
        "start-dev",
        "--import-realm",
        "--http-host=" + config.bindAddress(),
        "--http-port=" + ports.keycloak(),
        "--http-management-host=" + config.bindAddress(),
        "--http-management-port=" + ports.keycloakManagement(),
        "--hostname=http://localhost:" + ports.keycloak(),
        "--health-enabled=true");
  }

  /** Secrets go through the environment, not the command line that {@code ps} shows. */
  static Map<String, String> environment(NetworkConfig config, JdkLocator.Choice jdk) {
    DatabaseTarget db = config.database();
    Map<String, String> env = new LinkedHashMap<>();
    env.put("JAVA_HOME", jdk.home().toString());
    env.put("JAVA", null);
    env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
    env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
    env.put("KC_DB", "postgres");
    env.put("KC_DB_URL", db.jdbcUrl("keycloak"));
    env.put("KC_DB_USERNAME", db.user());
    env.put("KC_DB_PASSWORD", db.password());
    return env;
  }

  private static void copyRealm(NetworkConfig config) {
    Path importDir = config.keycloakHome().resolve("data/import");
    try {
      Files.createDirectories(importDir);
      Files.copy(
          config.realmFile(),
          importDir.resolve("gazetteer-realm.json"),
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new StartupException("could not copy the realm into " + importDir + ": " + e, e);
    }
  }
}
