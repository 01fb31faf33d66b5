package org.gazetteer.deploy.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * The CPU samples of a flight recording ({@code jdk.ExecutionSample}): which share of them is
 * inside each part of the work (token verification, HTTP, the database, JSON) and the methods most
 * often on top of the stack.
 */
record FlightProfile(long samples, Map<String, Long> parts, List<Map.Entry<String, Long>> top) {

  /** Parts of the work, by the packages a sample's stack passes through; first match counts. */
  static final List<Map.Entry<String, List<String>>> PARTS =
      List.of(
          Map.entry(
              "verifying the token (jose4j, JDK signature and RSA)",
              List.of(
                  "org.jose4j.",
                  "sun.security.rsa.",
                  "java.security.Signature",
                  "io.quarkus.oidc.")),
          Map.entry("PostgreSQL client", List.of("io.vertx.pgclient.", "io.vertx.sqlclient.")),
          Map.entry("Hibernate", List.of("org.hibernate.")),
          Map.entry("JSON", List.of("com.fasterxml.jackson.")),
          Map.entry("HTTP and Vert.x", List.of("io.vertx.", "io.netty.")));

  static FlightProfile read(Path recording) throws IOException {
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
      String part = part(frames);
      parts.merge(part, 1L, Long::sum);
    }
    List<Map.Entry<String, Long>> sorted =
        top.entrySet().stream()
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
            .limit(12)
            .toList();
    return new FlightProfile(samples, parts, sorted);
  }

  private static String part(List<RecordedFrame> frames) {
    for (Map.Entry<String, List<String>> part : PARTS) {
      for (RecordedFrame frame : frames) {
        String type = frame.getMethod().getType().getName();
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
    md.append(samples).append(" CPU samples of the service (JFR, settings `profile`).\n\n");
    md.append("| part of the work (stack passes through) | share of samples |\n|---|---|\n");
    for (Map.Entry<String, List<String>> part : PARTS) {
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
