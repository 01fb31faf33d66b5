package org.gazetteer.deploy;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A child process of the network (Keycloak, a service, the gateway) with its output appended to
 * {@code <logDir>/<name>.log}. Remembers where this run's output starts so a failure can show just
 * the end of it.
 */
final class ManagedProcess {

  private final String name;
  private final Process process;
  private final Path log;
  private final long logStart;

  private ManagedProcess(String name, Process process, Path log, long logStart) {
    this.name = name;
    this.process = process;
    this.log = log;
    this.logStart = logStart;
  }

  /**
   * Starts {@code command} in {@code workDir} with {@code env} laid over the launcher's own
   * environment; a {@code null} value removes that variable.
   */
  static ManagedProcess start(
      String name, List<String> command, Map<String, String> env, Path workDir, Path logDir) {
    Path log = logDir.resolve(name + ".log");
    try {
      Files.createDirectories(logDir);
      String header =
          "=== " + OffsetDateTime.now() + " starting " + String.join(" ", command) + "\n";
      Files.writeString(
          log,
          header,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      long start = Files.size(log);
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(workDir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(Redirect.appendTo(log.toFile()))
              .redirectInput(Redirect.from(Path.of("/dev/null").toFile()));
      env.forEach(
          (key, value) -> {
            if (value == null) {
              builder.environment().remove(key);
            } else {
              builder.environment().put(key, value);
            }
          });
      return new ManagedProcess(name, builder.start(), log, start);
    } catch (IOException e) {
      throw new StartupException("could not start " + name + ": " + e.getMessage(), e);
    }
  }

  String name() {
    return name;
  }

  Process process() {
    return process;
  }

  Path log() {
    return log;
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** The last {@code lines} lines this run wrote to the log. */
  String logTail(int lines) {
    try {
      byte[] all = Files.readAllBytes(log);
      int from = (int) Math.min(logStart, all.length);
      String text = new String(all, from, all.length - from, StandardCharsets.UTF_8);
      List<String> split = text.lines().toList();
      return String.join("\n", split.subList(Math.max(0, split.size() - lines), split.size()));
    } catch (IOException e) {
      return "(could not read " + log + ": " + e.getMessage() + ")";
    }
  }
}
