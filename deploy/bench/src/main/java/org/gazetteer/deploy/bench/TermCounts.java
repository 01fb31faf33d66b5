package org.gazetteer.deploy.bench;

/**
 * How many published exhibits one query term matches, by the LIKE baseline and by the index.
 *
 * @param tsQuery the tsquery the service makes of the term
 */
record TermCounts(String term, String tsQuery, long likeMatches, long indexMatches, long total) {

  /** The LIKE matches as a percentage of all published exhibits. */
  double percent() {
    return 100.0 * likeMatches / total;
  }
}
