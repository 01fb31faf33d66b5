package org.gazetteer.deploy.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gazetteer.deploy.StandaloneService;

/**
 * The Chinese search benchmark: on 100,000 generated published exhibits, the p95 of a 2- and a
 * 5-character query at the museums service as a ratio to a primary-key lookup's p95 (target ≤ 10×)
 * and as a speed-up over an unindexed {@code LIKE '%…%'} scan (target ≥ 20×), all measured in one
 * run, absolute times beside them. Starts its own PostgreSQL and museums service on free ports and
 * stops them at the end, also on failure. Run it with {@code deploy/bench/search.sh}.
 */
public final class SearchBenchmark {

  static final int EXHIBITS = 100_000;

  /** How long to wait for other Maven builds, in minutes; 0 measures at once. */
  /** The query terms and the p95 this machine class is expected to reach for each, in ms. */
  private static final Map<String, Double> TERMS = new LinkedHashMap<>();

  static {
    TERMS.put("熊猫", 20.0);
    TERMS.put("茶马古道志", 10.0);
  }

  /**
   * The same searches as people type Chinese, measured at the service only (a LIKE baseline has no
   * traditional characters or pinyin to compare): traditional characters (熊貓 for 熊猫), full pinyin
   * and initials (茶马古道志), with the p95 expected of each, in ms.
   */
  private static final Map<String, Double> FORMS = new LinkedHashMap<>();

  static {
    FORMS.put("熊貓", 20.0);
    FORMS.put("xiongmao", 20.0);
    FORMS.put("cmgdz", 20.0);
  }

  private SearchBenchmark() {}

  /** Exits 0 after a complete run (targets met or not), 1 when the run failed. */
  public static void main(String[] args) {
    BenchMain.run(args, "search", SearchBenchmark::run, SearchBenchmark::say);
  }

  private static String run(Path repoRoot) throws Exception {
    String loadAtStart = MachineFacts.loadAverage();
    MachineFacts facts = MachineFacts.collect(repoRoot);
    StandaloneService stack =
        StandaloneService.start(repoRoot, "museums", false, Map.of(), SearchBenchmark::say);
    Thread stopOnSignal = new Thread(stack::close, "search-bench-stop");
    Runtime.getRuntime().addShutdownHook(stopOnSignal);
    boolean completed = false;
    try (SqlProbes sql = new SqlProbes(stack)) {
      String report = measure(facts, loadAtStart, stack, sql);
      completed = true;
      return report;
    } finally {
      stack.close();
      try {
        Runtime.getRuntime().removeShutdownHook(stopOnSignal);
      } catch (IllegalStateException shuttingDown) {
        // Interrupted by a signal: the hook has stopped everything already.
      }
      if (completed) {
        stack.deleteFiles();
      } else {
        say("logs kept in " + stack.logDir());
      }
    }
  }

  private static String measure(
      MachineFacts facts, String loadAtStart, StandaloneService stack, SqlProbes sql)
      throws Exception {
    SearchMeasurement measurement =
        new SearchMeasurement(
            List.copyOf(TERMS.keySet()),
            List.copyOf(FORMS.keySet()),
            new HttpProbes(stack.url()),
            sql,
            SearchBenchmark::say);
    DataFacts data = measurement.load(EXHIBITS);
    data.terms().forEach(SearchBenchmark::announce);
    Duration waited = QuietMachine.awaitNoMaven(QuietMachine.mavenWait(), SearchBenchmark::say);
    Conditions before = Conditions.now();
    Map<String, Latency> latencies = measurement.measure();
    Conditions after = Conditions.now();
    List<Ratio> ratios = SearchTargets.of(latencies, TERMS, FORMS);
    SearchPlans plans = new SearchPlans(List.copyOf(TERMS.keySet()), sql);
    SearchRun run =
        new SearchRun(
            facts,
            loadAtStart,
            waited,
            before,
            after,
            data,
            latencies,
            plans.plans(),
            plans.analyze(ratios));
    return SearchReport.markdown(run, ratios);
  }

  private static void announce(TermCounts c) {
    say(
        c.baseline()
            ? String.format(
                "%s matches %,d exhibits (%.2f %%) by LIKE, %,d at the service",
                c.term(), c.likeMatches(), c.percent(), c.serviceMatches())
            : String.format(
                "%s matches %,d exhibits at the service", c.term(), c.serviceMatches()));
  }

  private static void say(String line) {
    System.out.println("search-bench: " + line);
  }
}
