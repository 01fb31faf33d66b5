package org.gazetteer.deploy.bench;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plans of the benchmark's queries for the report: EXPLAIN of the service's search statement as
 * its client runs it (prepared; generic plan) and with a custom plan, of the LIKE baseline as
 * planned and as a scan, and, for a term that missed a target, EXPLAIN ANALYZE of each.
 */
final class SearchPlans {

  private final List<String> terms;
  private final Explain explain;

  SearchPlans(List<String> terms, SqlProbes sql) {
    this.terms = List.copyOf(terms);
    this.explain = new Explain(sql);
  }

  /** EXPLAIN (ANALYZE off) of the statements of every term. */
  Map<String, List<String>> plans() throws SQLException {
    Map<String, List<String>> plans = new LinkedHashMap<>();
    String options = "ANALYZE off";
    for (String term : terms) {
      plans.put("service search statement, generic plan, " + term, statement(options, term, true));
    }
    String first = terms.get(0);
    plans.put("service search statement, custom plan, " + first, statement(options, first, false));
    plans.put(
        "LIKE baseline as planned, " + first, explain.plain(options, SearchSql.like(first), false));
    plans.put(
        "LIKE baseline, index and bitmap scans off, " + first,
        explain.plain(options, SearchSql.like(first), true));
    return plans;
  }

  /** EXPLAIN (ANALYZE, BUFFERS) of every query of the terms that missed a target. */
  Map<String, List<String>> analyze(List<Ratio> ratios) throws SQLException {
    Map<String, List<String>> analyzed = new LinkedHashMap<>();
    String options = "ANALYZE, BUFFERS";
    for (String term : terms) {
      if (missed(ratios, term)) {
        analyzed.put(
            "service search statement, generic plan, " + term, statement(options, term, true));
        analyzed.put(
            "service search statement, custom plan, " + term, statement(options, term, false));
        analyzed.put("LIKE scan, " + term, explain.plain(options, SearchSql.like(term), true));
      }
    }
    return analyzed;
  }

  private List<String> statement(String options, String term, boolean generic) throws SQLException {
    List<String> values =
        List.of(Explain.text(SearchSql.tsQuery(term)), String.valueOf(SearchSql.PAGE_ROWS));
    return explain.prepared(options, SearchSql.STATEMENT, values, generic);
  }

  private static boolean missed(List<Ratio> ratios, String term) {
    return ratios.stream()
        .anyMatch(r -> r.name().startsWith(term + ":") && Boolean.FALSE.equals(r.met()));
  }
}
