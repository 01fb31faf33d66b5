package org.gazetteer.deploy.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Where and when the benchmark ran: the figures a reader needs to judge the absolute numbers. */
record MachineFacts(
    String date, String commit, int cpus, String cpuModel, String memory, String javaVersion) {

  /** Collects the facts for the checkout at {@code repoRoot}. */
  static MachineFacts collect(Path repoRoot) {
    return new MachineFacts(
        OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
        commit(repoRoot),
        Runtime.getRuntime().availableProcessors(),
        procField("/proc/cpuinfo", "model name"),
        procField("/proc/meminfo", "MemTotal"),
        System.getProperty("java.vm.name") + " " + Runtime.version());
  }

  /** The 1-, 5- and 15-minute load averages, e.g. {@code 0.42 0.61 0.80}. */
  static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String procField(String file, String name) {
    try {
      return Files.readAllLines(Path.of(file), StandardCharsets.UTF_8).stream()
          .filter(line -> line.startsWith(name))
          .map(line -> line.substring(line.indexOf(':') + 1).trim())
          .findFirst()
          .orElse("unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** {@code git rev-parse --short HEAD}, marked when the working tree has uncommitted changes. */
  private static String commit(Path repoRoot) {
    String head = git(repoRoot, "rev-parse", "--short", "HEAD");
    String status = git(repoRoot, "status", "--porcelain");
    return status.isBlank() ? head : head + " (with uncommitted changes)";
  }

  private static String git(Path repoRoot, String... args) {
    List<String> command = new ArrayList<>(List.of("git", "-C", repoRoot.toString()));
    command.addAll(List.of(args));
    try {
      Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      return git.waitFor(10, TimeUnit.SECONDS) && git.exitValue() == 0 ? out : "unknown";
    } catch (IOException e) {
      return "unknown";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown";
    }
  }
}
