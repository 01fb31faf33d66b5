package org.gazetteer.deploy.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * The CPU samples of a flight recording ({@code jdk.ExecutionSample}): which share of them is
 * inside each part of the work (token verification, HTTP, the database, JSON) and the methods most
 * often on top of the stack.
 */
record FlightProfile(
    List<Map.Entry<String, List<String>>> kinds,
    long samples,
    Map<String, Long> parts,
    List<Map.Entry<String, Long>> top) {

  /** The token checks' classes: jose4j, the JDK's signatures, quarkus-oidc's verification. */
  static final List<String> TOKEN_CHECKS =
      List.of(
          "org.jose4j.",
          "sun.security.",
          "java.security.",
          "io.quarkus.oidc.runtime.OidcProvider",
          "io.quarkus.oidc.runtime.OidcIdentityProvider");

  /** The parts of a service's work with a token. */
  static final List<Map.Entry<String, List<String>>> SERVICE_PARTS =
      List.of(
          Map.entry("verifying the token (jose4j, JDK signatures, quarkus-oidc)", TOKEN_CHECKS),
          Map.entry("PostgreSQL client", List.of("io.vertx.pgclient.", "io.vertx.sqlclient.")),
          Map.entry("Hibernate", List.of("org.hibernate.")),
          Map.entry("JSON", List.of("com.fasterxml.jackson.")),
          Map.entry("HTTP and Vert.x", List.of("io.vertx.", "io.netty.")));

  /** Work to record, e.g. a load against the process. */
  @FunctionalInterface
  interface Load {
    void run() throws Exception;
  }

  /**
   * Records the running JVM {@code pid} with the {@code profile} settings, sampling every
   * millisecond ({@code method-profiling=max}), while {@code load} runs (started and stopped with
   * the JDK's {@code jcmd}, so a warmed-up process is recorded without its start), and reads the
   * recording sorted into {@code kinds}.
   */
  static FlightProfile during(long pid, List<Map.Entry<String, List<String>>> kinds, Load load)
      throws Exception {
    Path recording = Files.createTempFile("flight-", ".jfr");
    try {
      jcmd(pid, "JFR.start", "name=bench", "settings=profile", "method-profiling=max");
      try {
        load.run();
      } finally {
        jcmd(pid, "JFR.stop", "name=bench", "filename=" + recording);
      }
      return read(recording, kinds);
    } finally {
      Files.deleteIfExists(recording);
    }
  }

  private static void jcmd(long pid, String... command) throws Exception {
    List<String> line = new ArrayList<>();
    line.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
    line.add(Long.toString(pid));
    line.addAll(List.of(command));
    Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
    String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
      throw new IllegalStateException("jcmd " + String.join(" ", command) + " failed: " + output);
    }
  }

  /**
   * Reads the CPU samples of {@code recording}, sorted into {@code kinds}: named parts of the work,
   * each by the prefixes of its classes. A sample counts for the part of the innermost frame (the
   * nearest the top of its stack) that any part claims, the first part listed if several do: the
   * code that was running, not every handler of a chain that called on into the rest.
   */
  static FlightProfile read(Path recording, List<Map.Entry<String, List<String>>> kinds)
      throws IOException {
    long samples = 0;
    Map<String, Long> parts = new HashMap<>();
    Map<String, Long> top = new HashMap<>();
    for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
      if (!event.getEventType().getName().equals("jdk.ExecutionSample")
          || event.getStackTrace() == null
          || event.getStackTrace().getFrames().isEmpty()) {
        continue;
      }
      samples++;
      List<RecordedFrame> frames = event.getStackTrace().getFrames();
      top.merge(name(frames.get(0)), 1L, Long::sum);
      String part =
          part(kinds, frames.stream().map(f -> f.getMethod().getType().getName()).toList());
      parts.merge(part, 1L, Long::sum);
    }
    List<Map.Entry<String, Long>> sorted =
        top.entrySet().stream()
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
            .limit(12)
            .toList();
    return new FlightProfile(kinds, samples, parts, sorted);
  }

  /** The part of a sample whose stack holds {@code types}, the innermost first. */
  static String part(List<Map.Entry<String, List<String>>> kinds, List<String> types) {
    for (String type : types) {
      for (Map.Entry<String, List<String>> part : kinds) {
        if (part.getValue().stream().anyMatch(type::startsWith)) {
          return part.getKey();
        }
      }
    }
    return "other";
  }

  private static String name(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }

  String markdown() {
    StringBuilder md = new StringBuilder();
    md.append(samples).append(" CPU samples (JFR, settings `profile`).\n\n");
    md.append("| part of the work (innermost frame claimed) | share of samples |\n|---|---|\n");
    for (Map.Entry<String, List<String>> part : kinds) {
      md.append("| ")
          .append(part.getKey())
          .append(" | ")
          .append(share(parts.getOrDefault(part.getKey(), 0L)))
          .append(" |\n");
    }
    md.append("| other | ").append(share(parts.getOrDefault("other", 0L))).append(" |\n\n");
    md.append("Methods most often on top of the stack:\n\n| method | samples |\n|---|---|\n");
    for (Map.Entry<String, Long> e : top) {
      md.append("| `").append(e.getKey()).append("` | ").append(e.getValue()).append(" |\n");
    }
    return md.toString();
  }

  private String share(long n) {
    return samples == 0 ? "–" : String.format("%.0f %%", 100.0 * n / samples);
  }
}
