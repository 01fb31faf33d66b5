package org.gazetteer.deploy.bench;

/**
 * How many published exhibits one query term matches, by the LIKE baseline and by the service.
 *
 * @param serviceMatches the service's own count: the sum of its museum facet, which counts every
 *     match of the whole result once
 */
record TermCounts(String term, long likeMatches, long serviceMatches, long total) {

  /** The LIKE matches as a percentage of all published exhibits. */
  double percent() {
    return 100.0 * likeMatches / total;
  }
}
