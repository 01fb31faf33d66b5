package org.gazetteer.deploy.bench;

import java.time.Duration;
import java.util.List;

/**
 * What the benchmark searched: the generated data and how often each query term occurs in it.
 *
 * @param generation how long generating, loading and {@code VACUUM ANALYZE} took
 * @param tableSize the exhibit table with its indexes and TOAST, e.g. {@code 119 MB}
 * @param samples a few generated rows as text
 */
record DataFacts(
    String postgresVersion,
    long exhibits,
    long museums,
    Duration generation,
    String tableSize,
    List<TermCounts> terms,
    List<String> samples) {}
