package org.gazetteer.deploy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Everything {@link Network} needs to start: where the repository, data and logs live, the ports
 * and the address every component listens on, which PostgreSQL, what to start and how long to wait
 * for each component.
 *
 * @param repoRoot the checkout: holds {@code deploy/keycloak} and each module's {@code target}
 * @param dataDir survives restarts; the embedded cluster lives in its {@code postgres/} folder
 * @param logDir one {@code <component>.log} per component
 * @param bindAddress where PostgreSQL, Keycloak, the services and the gateway listen: {@link
 *     #LOOPBACK} or {@link #EVERY_INTERFACE}; they reach one another at {@code localhost} either
 *     way
 * @param keycloakJavaHome a JDK chosen by the caller for Keycloak, else one is looked up
 * @param startTimeout how long each component may take to become ready
 */
public record NetworkConfig(
    Path repoRoot,
    Path dataDir,
    Path logDir,
    Ports ports,
    String bindAddress,
    DatabaseTarget database,
    boolean demoData,
    Scope scope,
    Optional<Path> keycloakJavaHome,
    Duration startTimeout) {

  /** Only this machine can connect: the default. */
  public static final String LOOPBACK = "127.0.0.1";

  /** Every IPv4 interface, e.g. to reach the network from another machine. */
  public static final String EVERY_INTERFACE = "0.0.0.0";

  /**
   * The local defaults: data in {@code <repo>/.data}, documented ports on the loopback address,
   * embedded PostgreSQL.
   */
  public static NetworkConfig defaults(Path repoRoot) {
    Path dataDir = repoRoot.resolve(".data");
    Ports ports = Ports.defaults();
    return new NetworkConfig(
        repoRoot,
        dataDir,
        dataDir.resolve("logs"),
        ports,
        LOOPBACK,
        DatabaseTarget.embedded(ports.postgres()),
        true,
        Scope.ALL,
        Optional.empty(),
        Duration.ofMinutes(5));
  }

  /**
   * A copy on other ports, e.g. {@link Ports#ephemeral()} in tests; an embedded database follows
   * the new PostgreSQL port.
   */
  public NetworkConfig withPorts(Ports newPorts) {
    DatabaseTarget db =
        database.embedded() ? DatabaseTarget.embedded(newPorts.postgres()) : database;
    return new NetworkConfig(
        repoRoot,
        dataDir,
        logDir,
        newPorts,
        bindAddress,
        db,
        demoData,
        scope,
        keycloakJavaHome,
        startTimeout);
  }

  /** A copy keeping its data and logs under {@code dir}, e.g. a test's temporary folder. */
  public NetworkConfig withDataDir(Path dir) {
    return new NetworkConfig(
        repoRoot,
        dir,
        dir.resolve("logs"),
        ports,
        bindAddress,
        database,
        demoData,
        scope,
        keycloakJavaHome,
        startTimeout);
  }

  /** A copy starting only {@code newScope}. */
  public NetworkConfig withScope(Scope newScope) {
    return new NetworkConfig(
        repoRoot,
        dataDir,
        logDir,
        ports,
        bindAddress,
        database,
        demoData,
        newScope,
        keycloakJavaHome,
        startTimeout);
  }

  /** A copy whose components listen on {@code address}. */
  public NetworkConfig withBindAddress(String address) {
    return new NetworkConfig(
        repoRoot,
        dataDir,
        logDir,
        ports,
        address,
        database,
        demoData,
        scope,
        keycloakJavaHome,
        startTimeout);
  }

  /** The embedded PostgreSQL cluster. */
  public Path postgresDataDir() {
    return dataDir.resolve("postgres");
  }

  /** The Keycloak distribution unpacked by the deploy module's build. */
  public Path keycloakHome() {
    return repoRoot.resolve("deploy/target/keycloak");
  }

  /** The importable {@code gazetteer} realm. */
  public Path realmFile() {
    return repoRoot.resolve("deploy/keycloak/gazetteer-realm.json");
  }

  /** {@code http://localhost:<port>/realms/gazetteer}, the token issuer. */
  public String issuer() {
    return "http://localhost:" + ports.keycloak() + "/realms/gazetteer";
  }
}
