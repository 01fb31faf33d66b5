package org.gazetteer.deploy.bench;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plans of the benchmark's baseline for the report: EXPLAIN of the LIKE query as planned and as
 * a scan, and, for a term that missed a target, EXPLAIN ANALYZE of its scan. The service's own
 * search statement is not explained here: the benchmark holds no copy of it.
 */
final class SearchPlans {

  private final List<String> terms;
  private final Explain explain;

  SearchPlans(List<String> terms, SqlProbes sql) {
    this.terms = List.copyOf(terms);
    this.explain = new Explain(sql);
  }

  /** EXPLAIN (ANALYZE off) of the baseline for the first term. */
  Map<String, List<String>> plans() throws SQLException {
    Map<String, List<String>> plans = new LinkedHashMap<>();
    String options = "ANALYZE off";
    String first = terms.get(0);
    plans.put(
        "LIKE baseline as planned, " + first, explain.plain(options, LikeSql.like(first), false));
    plans.put(
        "LIKE baseline, index and bitmap scans off, " + first,
        explain.plain(options, LikeSql.like(first), true));
    return plans;
  }

  /** EXPLAIN (ANALYZE, BUFFERS) of the scan of every term that missed a target. */
  Map<String, List<String>> analyze(List<Ratio> ratios) throws SQLException {
    Map<String, List<String>> analyzed = new LinkedHashMap<>();
    for (String term : terms) {
      if (missed(ratios, term)) {
        analyzed.put(
            "LIKE scan, " + term, explain.plain("ANALYZE, BUFFERS", LikeSql.like(term), true));
      }
    }
    return analyzed;
  }

  static boolean missed(List<Ratio> ratios, String term) {
    return ratios.stream()
        .anyMatch(r -> r.name().startsWith(term + ":") && Boolean.FALSE.equals(r.met()));
  }
}
