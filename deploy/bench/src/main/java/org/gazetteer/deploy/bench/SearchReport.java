package org.gazetteer.deploy.bench;

import java.util.List;
import java.util.Map;

/** Renders a {@link SearchRun} as the Markdown of {@code deploy/bench/results/search.md}. */
final class SearchReport {

  private static final String SOURCES = "deploy/bench/src/main/java/org/gazetteer/deploy/bench/";

  private final StringBuilder out = new StringBuilder();

  private SearchReport() {}

  static String markdown(SearchRun run, List<Ratio> ratios) {
    SearchReport report = new SearchReport();
    report.header(run);
    report.figures(ratios);
    report.latencies(run);
    report.data(run.data());
    report.plans("Plans (EXPLAIN, ANALYZE off)", run.plans());
    if (!run.analyzed().isEmpty()) {
      report.plans("Where the time goes (EXPLAIN ANALYZE, BUFFERS)", run.analyzed());
    }
    return report.out.toString();
  }

  private void header(SearchRun run) {
    MachineFacts facts = run.facts();
    line("# Search benchmark: results");
    line("");
    line("Written by `deploy/bench/search.sh` (`org.gazetteer.deploy.bench.SearchBenchmark`) and");
    line("overwritten by each run; what is measured and why: `deploy/bench/README.md`.");
    line("");
    line("- Date: " + facts.date() + "; commit " + facts.commit());
    line("- Machine: " + facts.cpus() + " CPUs (" + facts.cpuModel() + "), " + facts.memory());
    line("- " + facts.javaVersion() + "; " + run.data().postgresVersion());
    line(
        String.format(
            "- Load average (1/5/15 min): %s at the start, %s when measuring began, %s when it ended",
            run.loadAtStart(), run.before().load(), run.after().load()));
    line(
        String.format(
            "- Waited %d s for other Maven builds; Maven builds running when measuring began: %d,"
                + " when it ended: %d",
            run.waitedForMaven().toSeconds(),
            run.before().mavenBuilds(),
            run.after().mavenBuilds()));
    line("");
  }

  private void figures(List<Ratio> ratios) {
    line("## Figures (p95 of one run)");
    line("");
    line(
        SearchTargets.ratiosMet(ratios)
            ? "**All ratio targets met.**"
            : "**Not every ratio target is met**; see \"Where the time goes\" below.");
    line("");
    out.append(Ratio.table(ratios));
    line("");
  }

  private void latencies(SearchRun run) {
    line("## Latencies (ms)");
    line("");
    line(SearchMeasurement.describeRounds());
    line("A search at the service runs two statements (the search statement: the ranked page and");
    line("the facet counts of the whole result from one read of the matches; then the page's");
    line(
        "exhibits by id) and renders JSON. The JDBC probes are the benchmark's own LIKE baseline.");
    line("");
    line("| probe | n | p50 | p95 | p99 | max |");
    line("|---|---:|---:|---:|---:|---:|");
    for (Latency l : run.latencies().values()) {
      line(
          String.format(
              "| %s | %d | %.2f | %.2f | %.2f | %.2f |",
              l.name(), l.count(), l.p50(), l.p95(), l.p99(), l.max()));
    }
    line("");
  }

  private void data(DataFacts data) {
    line("## Data");
    line("");
    line(
        String.format(
            "- %,d published exhibits in %d museums, generated and loaded in %.1f s (`VACUUM ANALYZE`"
                + " included); the exhibit table with its indexes and TOAST: %s",
            data.exhibits(),
            data.museums(),
            data.generation().toMillis() / 1000.0,
            data.tableSize()));
    line(
        "- Generator: `"
            + SOURCES
            + "ExhibitComposer.java` with the word lists of"
            + " `GazetteerVocabulary.java`, seed "
            + ExhibitGenerator.SEED
            + ": the same rows every run (ids from `gen_random_uuid()`)");
    line("");
    terms(data);
    line("Sample rows (title · description · keywords):");
    line("");
    data.samples().forEach(sample -> line("- " + sample));
    line("");
  }

  private void terms(DataFacts data) {
    line("| query | LIKE matches | share | matches at the service (museum facet) |");
    line("|---|---:|---:|---:|");
    for (TermCounts t : data.terms()) {
      line(
          t.baseline()
              ? String.format(
                  "| %s | %,d | %.2f %% | %,d |",
                  t.term(), t.likeMatches(), t.percent(), t.serviceMatches())
              : String.format("| %s | — | — | %,d |", t.term(), t.serviceMatches()));
    }
    line("");
  }

  private void plans(String title, Map<String, List<String>> plans) {
    line("## " + title);
    line("");
    plans.forEach(
        (name, lines) -> {
          line("### " + name);
          line("");
          line("```");
          lines.forEach(this::line);
          line("```");
          line("");
        });
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
