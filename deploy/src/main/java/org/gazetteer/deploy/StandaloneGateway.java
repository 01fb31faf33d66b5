package org.gazetteer.deploy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The packaged gateway as a process of its own on free ports of the loopback address, in front of
 * whatever upstreams the caller names: for tests that need a real process (several instances, a
 * small heap) rather than {@code @QuarkusTest}, and for the gateway benchmark. No Keycloak: its
 * issuer points at a closed port, which anonymous requests never need (a caller that sends tokens
 * lays a key of its own over it). {@link #close()} stops it.
 *
 * <p>Part of the launcher's API, with {@link StandaloneService}.
 */
public final class StandaloneGateway implements AutoCloseable {

  private static final Duration START = Duration.ofSeconds(90);
  private static final Duration STOP_GRACE = Duration.ofSeconds(10);

  private final ManagedProcess process;
  private final String url;
  private final Path logDir;

  private StandaloneGateway(ManagedProcess process, String url, Path logDir) {
    this.process = process;
    this.url = url;
    this.logDir = logDir;
  }

  /**
   * Starts the gateway of this checkout and returns once it is live (as the launcher waits for its
   * processes, {@code Readiness}); on failure it stops it and throws {@link StartupException} with
   * the end of its log.
   *
   * @param name the process's name, also its log file's ({@code <name>.log})
   * @param heap the JVM's {@code -Xmx}, e.g. {@code 64m}
   * @param environment laid over the gateway's own: upstream URLs ({@code GAZETTEER_MUSEUMS_URL}…),
   *     limits, a profile
   */
  public static StandaloneGateway start(
      Path repoRoot,
      String name,
      String heap,
      Map<String, String> environment,
      Consumer<String> progress)
      throws IOException {
    Path jar = repoRoot.resolve("gateway/target/quarkus-app/quarkus-run.jar");
    if (!Files.isRegularFile(jar)) {
      throw new StartupException("missing " + jar + "; build it first");
    }
    Path logDir = Files.createTempDirectory("gazetteer-" + name + "-");
    int port = Ports.freePort();
    Map<String, String> env = new LinkedHashMap<>();
    env.put("QUARKUS_HTTP_HOST", NetworkConfig.LOOPBACK);
    env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
    env.put("GAZETTEER_GATEWAY_MANAGEMENT_PORT", Integer.toString(Ports.freePort()));
    env.put("GAZETTEER_OIDC_URL", "http://127.0.0.1:" + Ports.freePort() + "/realms/gazetteer");
    env.putAll(environment);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    progress.accept(name + ": starting on port " + port);
    ManagedProcess process =
        ManagedProcess.start(
            name,
            List.of(java.toString(), "-Xmx" + heap, "-jar", jar.toString()),
            env,
            repoRoot.resolve("gateway"),
            logDir);
    StandaloneGateway gateway = new StandaloneGateway(process, "http://127.0.0.1:" + port, logDir);
    try {
      URI live = URI.create(gateway.url() + "/q/health/live");
      new Readiness(() -> false)
          .awaitAll(List.of(new Readiness.Target(process, live)), START, target -> {});
    } catch (RuntimeException e) {
      gateway.close();
      throw e;
    }
    progress.accept(name + ": live");
    return gateway;
  }

  /** The gateway's base URL on the loopback address, e.g. {@code http://127.0.0.1:40123}. */
  public String url() {
    return url;
  }

  /** Whether its process is still running. */
  public boolean isAlive() {
    return process.isAlive();
  }

  /** Its process id, e.g. to read the CPU time it used. */
  public long pid() {
    return process.process().pid();
  }

  /** The temporary folder holding its log. */
  public Path logDir() {
    return logDir;
  }

  ManagedProcess process() {
    return process;
  }

  /** Stops the gateway. Safe to call more than once. */
  @Override
  public void close() {
    ProcessStopper.stop(List.of(process), STOP_GRACE);
  }
}
