package org.gazetteer.deploy.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gazetteer.deploy.StandaloneService;

/**
 * What checking a bearer token costs the museums service, and what the cache of verified tokens
 * gives back: throughput of one DB-backed list ({@code GET /api/exhibits?limit=20}) signed in ÷
 * anonymous, in interleaved rounds, with the cache off and on (each its own start of the service),
 * and a flight recording of the service under signed-in load with the cache off, to show where the
 * time goes. Run it with {@code deploy/bench/token-cost.sh}.
 */
public final class TokenCostBenchmark {

  private static final int CLIENTS = 8;
  private static final Duration ROUND = Duration.ofSeconds(5);
  private static final Duration WARM_UP = Duration.ofSeconds(5);
  private static final int ROUNDS = 3;
  private static final String LIST = "/api/museums?limit=20";

  private TokenCostBenchmark() {}

  /** Exits 0 after a complete run (targets met or not), 1 when the run failed. */
  public static void main(String[] args) {
    BenchMain.run(args, "token-cost", TokenCostBenchmark::run, TokenCostBenchmark::say);
  }

  private static void say(String line) {
    System.err.println("[token-cost] " + line);
  }

  /** Requests per second of anonymous and signed-in reads, medians of the rounds. */
  record Throughput(double anonymous, double signedIn) {
    double ratio() {
      return signedIn / anonymous;
    }
  }

  private static String run(Path repoRoot) throws Exception {
    QuietMachine.awaitNoMaven(Duration.ofMinutes(20), TokenCostBenchmark::say);
    String loadAtStart = MachineFacts.loadAverage();
    MachineFacts facts = MachineFacts.collect(repoRoot);
    BenchTokens tokens = new BenchTokens();
    String bearer = tokens.bearer("bench.reader", null);
    Map<Boolean, Throughput> measured = new HashMap<>();
    for (boolean cache : new boolean[] {false, true}) {
      try (StandaloneService museums = start(repoRoot, tokens, cache, null)) {
        measured.put(cache, measure(museums.url() + LIST, bearer));
      }
    }
    Path recording = Files.createTempFile("museums-token-cost-", ".jfr");
    try (StandaloneService museums = start(repoRoot, tokens, false, recording)) {
      load(museums.url() + LIST, bearer, WARM_UP.multipliedBy(2));
    }
    FlightProfile profile = FlightProfile.read(recording);
    Files.deleteIfExists(recording);
    return report(facts, loadAtStart, measured, profile);
  }

  private static StandaloneService start(
      Path repoRoot, BenchTokens tokens, boolean cache, Path recording) throws Exception {
    Map<String, String> env = new HashMap<>(tokens.serviceEnvironment());
    env.put("GAZETTEER_TOKEN_CACHE_ENABLED", Boolean.toString(cache));
    if (recording != null) {
      env.put(
          "JAVA_TOOL_OPTIONS",
          "-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + recording);
    }
    say(
        "museums with the token cache "
            + (cache ? "on" : "off")
            + (recording == null ? "" : ", recorded"));
    return StandaloneService.start(repoRoot, "museums", true, env, TokenCostBenchmark::say);
  }

  /** Warm-up, then rounds of anonymous and signed-in load, interleaved. */
  private static Throughput measure(String url, String bearer) throws Exception {
    load(url, null, WARM_UP);
    load(url, bearer, WARM_UP);
    List<Double> anonymous = new ArrayList<>();
    List<Double> signedIn = new ArrayList<>();
    for (int i = 0; i < ROUNDS; i++) {
      anonymous.add(load(url, null, ROUND));
      signedIn.add(load(url, bearer, ROUND));
    }
    return new Throughput(median(anonymous), median(signedIn));
  }

  /** {@value #CLIENTS} clients asking one after the other for {@code time}; requests per second. */
  static double load(String url, String bearer, Duration time) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
    if (bearer != null) {
      builder.header("Authorization", bearer);
    }
    HttpRequest request = builder.build();
    long end = System.nanoTime() + time.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<Long>> clients = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        clients.add(
            pool.submit(
                () -> {
                  long done = 0;
                  while (System.nanoTime() < end) {
                    HttpResponse<Void> answer =
                        http.send(request, HttpResponse.BodyHandlers.discarding());
                    if (answer.statusCode() != 200) {
                      throw new IllegalStateException("the list answered " + answer.statusCode());
                    }
                    done++;
                  }
                  return done;
                }));
      }
      long total = 0;
      for (Future<Long> client : clients) {
        total += client.get(time.toSeconds() + 60, TimeUnit.SECONDS);
      }
      return total / (double) time.toSeconds();
    } finally {
      pool.shutdownNow();
    }
  }

  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static String report(
      MachineFacts facts,
      String loadAtStart,
      Map<Boolean, Throughput> measured,
      FlightProfile profile) {
    Throughput off = measured.get(false);
    Throughput on = measured.get(true);
    List<Ratio> figures =
        List.of(
            Ratio.info("signed in ÷ anonymous, token cache off", off.ratio(), "×"),
            Ratio.atLeast("signed in ÷ anonymous, token cache on", on.ratio(), "×", 0.85),
            Ratio.info("anonymous, cache off", off.anonymous(), " req/s"),
            Ratio.info("signed in, cache off", off.signedIn(), " req/s"),
            Ratio.info("anonymous, cache on", on.anonymous(), " req/s"),
            Ratio.info("signed in, cache on", on.signedIn(), " req/s"));
    StringBuilder md = new StringBuilder();
    md.append("# Token checks at the museums service\n\n");
    md.append("Run ")
        .append(facts.date())
        .append(" at ")
        .append(facts.commit())
        .append(" on ")
        .append(facts.cpus())
        .append(" × ")
        .append(facts.cpuModel())
        .append(", ")
        .append(facts.memory())
        .append(", ")
        .append(facts.javaVersion())
        .append(".\n");
    md.append("Load average at the start: ")
        .append(loadAtStart)
        .append(", at the end: ")
        .append(MachineFacts.loadAverage())
        .append(".\n\n");
    md.append("`GET ")
        .append(LIST)
        .append("` on the demo register, ")
        .append(CLIENTS)
        .append(" clients one request after the other, ")
        .append(ROUNDS)
        .append(" rounds of ")
        .append(ROUND.toSeconds())
        .append(" s each way, interleaved; medians of the rounds. The")
        .append(
            " service trusts the run's own key (profile `bench`), one token for every request.\n\n");
    md.append("| figure | value | target | verdict |\n|---|---|---|---|\n");
    for (Ratio r : figures) {
      md.append("| ")
          .append(r.name())
          .append(" | ")
          .append(r.shown())
          .append(" | ")
          .append(r.target())
          .append(" | ")
          .append(r.verdict())
          .append(" |\n");
    }
    md.append("\n## Where the time goes (token cache off, signed-in load)\n\n");
    md.append(profile.markdown());
    return md.toString();
  }
}
