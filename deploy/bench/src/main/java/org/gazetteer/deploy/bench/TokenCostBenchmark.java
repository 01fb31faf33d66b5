package org.gazetteer.deploy.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gazetteer.deploy.StandaloneService;

/**
 * What checking a bearer token costs the museums service, and what the cache of verified tokens
 * gives back: throughput of one DB-backed list ({@code GET /api/museums?limit=20}) signed in ÷
 * anonymous, in interleaved rounds, with the cache off and on (each its own start of the service),
 * and a flight recording of the warm service under signed-in load with the cache off, to show where
 * the time goes. Run it with {@code deploy/bench/token-cost.sh}.
 */
public final class TokenCostBenchmark {

  private static final int CONNECTIONS = 16;
  private static final Duration ROUND = Duration.ofSeconds(5);
  private static final Duration PROFILED = Duration.ofSeconds(15);
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
    QuietMachine.awaitNoMaven(QuietMachine.mavenWait(), TokenCostBenchmark::say);
    Wrk wrk = Wrk.find();
    String loadAtStart = MachineFacts.loadAverage();
    MachineFacts facts = MachineFacts.collect(repoRoot);
    BenchTokens tokens = new BenchTokens();
    List<String> bearer = List.of("Authorization: " + tokens.bearer("bench.reader", null));
    Map<Boolean, Throughput> measured = new HashMap<>();
    FlightProfile profile = null;
    for (boolean cache : new boolean[] {false, true}) {
      try (StandaloneService museums = start(repoRoot, tokens, cache)) {
        String url = museums.url() + LIST;
        WarmUp.load(wrk, url, CONNECTIONS, ROUND, List.of());
        WarmUp.load(wrk, url, CONNECTIONS, ROUND, bearer);
        measured.put(cache, measure(wrk, url, bearer));
        if (!cache) {
          say("signed-in load with a flight recording");
          profile =
              FlightProfile.during(
                  museums.pid(),
                  FlightProfile.SERVICE_PARTS,
                  () -> wrk.run(url, CONNECTIONS, PROFILED, bearer));
        }
      }
    }
    return report(facts, loadAtStart, measured, profile);
  }

  private static StandaloneService start(Path repoRoot, BenchTokens tokens, boolean cache)
      throws Exception {
    Map<String, String> env = new HashMap<>(tokens.serviceEnvironment());
    env.put("GAZETTEER_TOKEN_CACHE_ENABLED", Boolean.toString(cache));
    say("museums with the token cache " + (cache ? "on" : "off"));
    return StandaloneService.start(repoRoot, "museums", true, env, TokenCostBenchmark::say);
  }

  /** Rounds of anonymous and signed-in load, interleaved, after both warmed up. */
  private static Throughput measure(Wrk wrk, String url, List<String> bearer) throws Exception {
    List<Double> anonymous = new ArrayList<>();
    List<Double> signedIn = new ArrayList<>();
    for (int i = 0; i < ROUNDS; i++) {
      anonymous.add(wrk.run(url, CONNECTIONS, ROUND, List.of()).rate());
      signedIn.add(wrk.run(url, CONNECTIONS, ROUND, bearer).rate());
    }
    return new Throughput(Median.of(anonymous), Median.of(signedIn));
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
        .append(CONNECTIONS)
        .append(" keep-alive connections of wrk, each warmed up until its rate settled, ")
        .append(ROUNDS)
        .append(" rounds of ")
        .append(ROUND.toSeconds())
        .append(" s each way, interleaved; medians of the rounds. The")
        .append(
            " service trusts the run's own key (profile `bench`), one token for every request.\n\n");
    md.append(Ratio.table(figures));
    md.append("\n## Where the time goes (token cache off, signed-in load)\n\n");
    md.append(profile.markdown());
    return md.toString();
  }
}
