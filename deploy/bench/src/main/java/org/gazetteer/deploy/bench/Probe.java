package org.gazetteer.deploy.bench;

/** Names of the measured probes, shared by the benchmark, its targets and its report. */
final class Probe {

  static final String PK = "service: exhibit by id";

  private Probe() {}

  /** {@code GET /api/exhibits?q=term} at the service. */
  static String service(String term) {
    return "service: search " + term;
  }

  /** The same search at the service with the GIN index dropped: it scans every exhibit. */
  static String serviceUnindexed(String term) {
    return "service: search " + term + ", index dropped";
  }

  /** The LIKE baseline over JDBC with index and bitmap scans off: a full scan. */
  static String scan(String term) {
    return "JDBC: LIKE scan " + term;
  }

  /** The LIKE baseline over JDBC as the planner chooses (it may walk the created_at index). */
  static String planned(String term) {
    return "JDBC: LIKE as planned " + term;
  }
}
