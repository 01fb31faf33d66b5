package org.gazetteer.deploy.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Everything one run of the search benchmark found, for the report.
 *
 * @param loadAtStart the load averages before anything started
 * @param waitedForMaven how long the run waited for other Maven builds before measuring
 * @param before the machine when measuring began
 * @param after the machine when measuring ended
 * @param plans EXPLAIN output by title
 * @param analyzed EXPLAIN ANALYZE output by title, when a target was missed
 */
record SearchRun(
    MachineFacts facts,
    String loadAtStart,
    Duration waitedForMaven,
    Conditions before,
    Conditions after,
    DataFacts data,
    Map<String, Latency> latencies,
    Map<String, List<String>> plans,
    Map<String, List<String>> analyzed) {}
