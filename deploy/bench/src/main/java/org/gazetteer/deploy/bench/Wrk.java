package org.gazetteer.deploy.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's {@code wrk}: a closed-loop load of {@code connections} keep-alive connections, each
 * sending its next request as soon as the last answer is in, on one thread. Its summary is parsed
 * into a {@link Result}; a run with any non-2xx answer or socket error is refused, so an error is
 * never measured as a fast answer.
 */
final class Wrk {

  static final String PACKAGE = "wrk";

  private static final Pattern REQUESTS =
      Pattern.compile("^\\s*(\\d+) requests in ([\\d.]+)(us|ms|s|m)", Pattern.MULTILINE);
  private static final Pattern RATE =
      Pattern.compile("^Requests/sec:\\s+([\\d.]+)", Pattern.MULTILINE);
  private static final Pattern PERCENTILE =
      Pattern.compile("^\\s+(50|75|90|99)%\\s+([\\d.]+)(us|ms|s|m)\\s*$", Pattern.MULTILINE);
  private static final Pattern NON_2XX =
      Pattern.compile("^\\s*Non-2xx or 3xx responses: (\\d+)", Pattern.MULTILINE);
  private static final Pattern SOCKET_ERRORS =
      Pattern.compile(
          "^\\s*Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)",
          Pattern.MULTILINE);

  private final Path executable;

  private Wrk(Path executable) {
    this.executable = executable;
  }

  /** The {@code wrk} on the {@code PATH}; a missing one fails naming the Debian package. */
  static Wrk find() {
    return new Wrk(Executables.require("wrk", PACKAGE));
  }

  /**
   * What wrk measured in one run.
   *
   * @param p50 median latency in milliseconds; {@code p99} likewise
   */
  record Result(long requests, double seconds, double rate, double p50, double p99) {}

  /**
   * Runs wrk against {@code url} for {@code time} with {@code connections} connections and the
   * headers given as {@code name: value}.
   */
  Result run(String url, int connections, Duration time, List<String> headers)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.addAll(
        List.of(
            "-t1",
            "-c" + connections,
            "-d" + time.toSeconds() + "s",
            "--timeout",
            "10s",
            "--latency"));
    for (String header : headers) {
      command.add("-H");
      command.add(header);
    }
    command.add(url);
    Path output = Files.createTempFile("wrk-", ".txt");
    try {
      Process wrk =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .start();
      if (!wrk.waitFor(time.toSeconds() + 30, TimeUnit.SECONDS)) {
        wrk.destroyForcibly();
        throw new IllegalStateException("wrk did not finish against " + url);
      }
      String text = Files.readString(output, StandardCharsets.UTF_8);
      if (wrk.exitValue() != 0) {
        throw new IllegalStateException("wrk failed against " + url + ":\n" + text);
      }
      return parse(text);
    } finally {
      Files.deleteIfExists(output);
    }
  }

  /** Reads wrk's summary; refuses one with errors or without the figures. */
  static Result parse(String text) {
    Matcher non2xx = NON_2XX.matcher(text);
    if (non2xx.find()) {
      throw new IllegalStateException(non2xx.group(1) + " answers were not 2xx:\n" + text);
    }
    Matcher errors = SOCKET_ERRORS.matcher(text);
    if (errors.find()) {
      throw new IllegalStateException("socket errors:\n" + text);
    }
    Matcher requests = find(REQUESTS, text);
    Matcher rate = find(RATE, text);
    double p50 = Double.NaN;
    double p99 = Double.NaN;
    Matcher percentile = PERCENTILE.matcher(text);
    while (percentile.find()) {
      double millis = millis(percentile.group(2), percentile.group(3));
      switch (percentile.group(1)) {
        case "50" -> p50 = millis;
        case "99" -> p99 = millis;
        default -> {}
      }
    }
    if (Double.isNaN(p50) || Double.isNaN(p99)) {
      throw new IllegalStateException("no latency distribution in wrk's output:\n" + text);
    }
    return new Result(
        Long.parseLong(requests.group(1)),
        millis(requests.group(2), requests.group(3)) / 1000,
        Double.parseDouble(rate.group(1)),
        p50,
        p99);
  }

  private static Matcher find(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    if (!matcher.find()) {
      throw new IllegalStateException("unexpected wrk output:\n" + text);
    }
    return matcher;
  }

  private static double millis(String number, String unit) {
    double value = Double.parseDouble(number);
    return switch (unit) {
      case "us" -> value / 1000;
      case "ms" -> value;
      case "s" -> value * 1000;
      case "m" -> value * 60_000;
      default -> throw new IllegalArgumentException(unit);
    };
  }
}
