package org.gazetteer.deploy.bench;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The measuring half of the search benchmark: loads the data, counts matches and runs the three
 * sets of interleaved rounds (service over HTTP, the LIKE baseline over JDBC, the service with its
 * search index dropped). The service's search is only ever measured at the service.
 */
final class SearchMeasurement {

  static final Rounds HTTP = new Rounds(100, 300, Duration.ofMinutes(3));
  static final Rounds LIKE = new Rounds(2, 30, Duration.ofMinutes(5));
  static final Rounds UNINDEXED = new Rounds(2, 30, Duration.ofMinutes(3));

  private static final int PAGE_SIZE = HttpProbes.PAGE_SIZE;

  private final List<String> terms;
  private final List<String> forms;
  private final HttpProbes http;
  private final SqlProbes sql;
  private final Consumer<String> progress;

  /**
   * {@code terms} are measured against every baseline; {@code forms} (traditional characters,
   * pinyin) at the service only.
   */
  SearchMeasurement(
      List<String> terms,
      List<String> forms,
      HttpProbes http,
      SqlProbes sql,
      Consumer<String> progress) {
    this.terms = List.copyOf(terms);
    this.forms = List.copyOf(forms);
    this.http = http;
    this.sql = sql;
    this.progress = progress;
  }

  /** Generates and loads {@code count} exhibits; returns what they are. */
  DataFacts load(int count) throws Exception {
    long begin = System.nanoTime();
    ExhibitGenerator.load(
        sql.connection(),
        count,
        rows -> progress.accept(String.format("generated %,d exhibits", rows)));
    Duration generation = Duration.ofNanos(System.nanoTime() - begin);
    return new DataFacts(
        sql.column("SELECT version()").get(0),
        sql.number("SELECT count(*) FROM exhibit"),
        sql.number("SELECT count(*) FROM museum"),
        generation,
        sql.column("SELECT pg_size_pretty(pg_total_relation_size('exhibit'))").get(0),
        counts(),
        samples());
  }

  private List<TermCounts> counts() throws Exception {
    long total = sql.number("SELECT count(*) FROM exhibit WHERE status = 'PUBLISHED'");
    List<TermCounts> counts = new ArrayList<>();
    for (String term : terms) {
      long atService = HttpProbes.matches(http.search(term));
      counts.add(new TermCounts(term, sql.likeCount(term), atService, total));
    }
    for (String form : forms) {
      counts.add(TermCounts.atServiceOnly(form, HttpProbes.matches(http.search(form)), total));
    }
    return counts;
  }

  /** All probes, service first; the same seed picks the same exhibits for the PK lookups. */
  Map<String, Latency> measure() throws Exception {
    List<UUID> ids = sql.publishedIds();
    Random random = new Random(ExhibitGenerator.SEED);
    Map<String, Rounds.Probe> service = new LinkedHashMap<>();
    Map<String, Rounds.Probe> like = new LinkedHashMap<>();
    for (String term : terms) {
      service.put(Probe.service(term), () -> http.search(term));
      like.put(Probe.scan(term), () -> expect(sql.like(term, true), PAGE_SIZE));
      like.put(Probe.planned(term), () -> expect(sql.like(term, false), PAGE_SIZE));
    }
    for (String form : forms) {
      service.put(Probe.service(form), () -> http.search(form));
    }
    service.put(Probe.PK, () -> http.exhibit(ids.get(random.nextInt(ids.size()))));
    Map<String, Latency> latencies = new LinkedHashMap<>();
    progress.accept("measuring the service over HTTP");
    latencies.putAll(HTTP.run(service));
    progress.accept("measuring the LIKE baseline over JDBC");
    latencies.putAll(LIKE.run(like));
    progress.accept("measuring the service's search with its index dropped");
    latencies.putAll(sql.withoutSearchIndex(() -> UNINDEXED.run(unindexed())));
    progress.accept("search index rebuilt");
    return latencies;
  }

  /** The service's searches once more, run while the search index is dropped. */
  private Map<String, Rounds.Probe> unindexed() {
    Map<String, Rounds.Probe> probes = new LinkedHashMap<>();
    for (String term : terms) {
      probes.put(Probe.serviceUnindexed(term), () -> http.search(term));
    }
    return probes;
  }

  /** Five rows, oldest first, to show what the generator makes. */
  private List<String> samples() throws SQLException {
    return sql.column(
        "SELECT title_zh || ' · ' || description_zh || ' · '"
            + " || array_to_string(keywords, '、') FROM exhibit ORDER BY created_at LIMIT 5");
  }

  /** How the rounds were run, for the report. */
  static String describeRounds() {
    return "Sequential requests in interleaved rounds (one call of each probe per round), after a"
        + " warm-up: service over HTTP "
        + HTTP
        + "; LIKE baseline over JDBC "
        + LIKE
        + "; service without the search index "
        + UNINDEXED
        + ". HTTP/1.1 keep-alive to 127.0.0.1.";
  }

  private static void expect(int rows, int wanted) {
    if (rows != wanted) {
      throw new IllegalStateException("expected " + wanted + " rows, read " + rows);
    }
  }
}
