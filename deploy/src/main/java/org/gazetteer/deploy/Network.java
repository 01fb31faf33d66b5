package org.gazetteer.deploy;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The whole local network as one object: {@link #start()} brings up PostgreSQL, then Keycloak and
 * the four services side by side, then the gateway, each stage ready before the next; {@link
 * #close()} stops them in reverse order. A start that fails stops whatever it had started, so there
 * is never a half-started network. Usable from tests with another {@link NetworkConfig} (free
 * ports, a temporary data folder).
 */
public final class Network implements AutoCloseable {

  private static final Duration STOP_GRACE = Duration.ofSeconds(20);

  private final NetworkConfig config;
  private final Consumer<String> progress;
  private final ReentrantLock lifecycle = new ReentrantLock();
  private final Readiness readiness;
  private final Map<String, Duration> readyAfter =
      Collections.synchronizedMap(new LinkedHashMap<>());
  private volatile boolean closing;
  private EmbeddedPostgresServer postgres;
  private ManagedProcess keycloak;
  private final List<ManagedProcess> services = new ArrayList<>();
  private final List<ManagedProcess> gateway = new ArrayList<>();

  /** {@code progress} receives one line per step, e.g. {@code System.out::println}. */
  public Network(NetworkConfig config, Consumer<String> progress) {
    this.config = config;
    this.progress = progress;
    this.readiness = new Readiness(() -> closing);
  }

  public NetworkConfig config() {
    return config;
  }

  /** How long each component took from its start to ready, in start order. */
  public Map<String, Duration> readyAfter() {
    return Map.copyOf(readyAfter);
  }

  /** Starts everything the config's scope asks for; throws {@link StartupException} on failure. */
  public void start() {
    lifecycle.lock();
    try {
      if (closing) {
        throw new StartupException("the network has been closed");
      }
      JdkLocator.Choice jdk = Preflight.check(config);
      startDatabase();
      // Keycloak and the services start side by side: the services need the realm only when a
      // token arrives (their OIDC tenant connects then if it could not at start), and waiting
      // for Keycloak first made the start the sum of the two instead of the longer one.
      long begin = System.nanoTime();
      List<Readiness.Target> starting = new ArrayList<>(List.of(launchKeycloak(jdk)));
      if (config.scope() == Scope.ALL) {
        starting.addAll(launchApps(AppSpec.services(config.ports()), services));
      }
      readiness.awaitAll(
          starting, config.startTimeout(), target -> ready(target.process().name(), begin));
      KeycloakServer.markStarted(config);
      if (config.scope() == Scope.ALL) {
        startApps(List.of(AppSpec.gateway(config.ports())), gateway);
      }
    } catch (RuntimeException e) {
      stopAll();
      throw e;
    } finally {
      lifecycle.unlock();
    }
  }

  /** Whether {@link #close()} has been called (a start in progress then gives up). */
  public boolean isClosing() {
    return closing;
  }

  /** Stops the gateway, the services, Keycloak, then PostgreSQL. Safe to call more than once. */
  @Override
  public void close() {
    closing = true;
    lifecycle.lock();
    try {
      stopAll();
    } finally {
      lifecycle.unlock();
    }
  }

  private void startDatabase() {
    DatabaseTarget db = config.database();
    long begin = System.nanoTime();
    if (db.embedded()) {
      boolean reuse = EmbeddedPostgresServer.hasCluster(config.postgresDataDir());
      progress.accept(
          "postgres: "
              + (reuse ? "reusing " : "initialising ")
              + config.postgresDataDir()
              + " on port "
              + db.port());
      postgres =
          EmbeddedPostgresServer.start(
              config.bindAddress(),
              db.port(),
              config.postgresDataDir(),
              config.logDir().resolve("postgres.log"));
      ready("postgres", begin);
    } else {
      progress.accept("postgres: using the external server " + db);
    }
    List<String> created = Databases.createMissing(db, DatabaseTarget.DATABASES);
    if (!created.isEmpty()) {
      progress.accept("postgres: created databases " + String.join(", ", created));
    }
  }

  /** Starts Keycloak's process and returns what to wait for, without waiting. */
  private Readiness.Target launchKeycloak(JdkLocator.Choice jdk) {
    progress.accept(
        "keycloak: starting on port "
            + config.ports().keycloak()
            + " with Java "
            + jdk.version()
            + " from "
            + jdk.home()
            + " ("
            + jdk.remark()
            + ")"
            + (KeycloakServer.isBuilt(config)
                ? ""
                : "; the first start builds Keycloak (1-2 min)"));
    keycloak = KeycloakServer.start(config, jdk);
    return new Readiness.Target(keycloak, KeycloakServer.readinessUri(config));
  }

  private void startApps(List<AppSpec> apps, List<ManagedProcess> started) {
    long begin = System.nanoTime();
    readiness.awaitAll(
        launchApps(apps, started),
        config.startTimeout(),
        target -> ready(target.process().name(), begin));
  }

  /** Starts the apps' processes and returns what to wait for, without waiting. */
  private List<Readiness.Target> launchApps(List<AppSpec> apps, List<ManagedProcess> started) {
    List<Readiness.Target> targets = new ArrayList<>();
    for (AppSpec app : apps) {
      progress.accept(app.name() + ": starting on port " + app.port());
      ManagedProcess process = QuarkusApp.start(app, config);
      started.add(process);
      targets.add(new Readiness.Target(process, URI.create(app.url() + "/q/health/ready")));
    }
    return targets;
  }

  private void ready(String component, long beginNanos) {
    Duration took = Duration.ofNanos(System.nanoTime() - beginNanos);
    readyAfter.put(component, took);
    progress.accept(String.format("%s: ready in %.1f s", component, took.toMillis() / 1000.0));
  }

  private void stopAll() {
    stopProcesses("gateway", gateway);
    stopProcesses("services", services);
    if (keycloak != null) {
      stopProcesses("keycloak", new ArrayList<>(List.of(keycloak)));
      keycloak = null;
    }
    if (postgres != null) {
      progress.accept("stopping postgres");
      try {
        postgres.close();
      } catch (RuntimeException e) {
        progress.accept("postgres: " + e.getMessage());
      }
      postgres = null;
    }
  }

  private void stopProcesses(String what, List<ManagedProcess> processes) {
    if (!processes.isEmpty()) {
      progress.accept("stopping " + what);
      ProcessStopper.stop(processes, STOP_GRACE);
      processes.clear();
    }
  }
}
