package org.gazetteer.deploy.bench;

/**
 * How many published exhibits one query term matches, by the LIKE baseline and by the service.
 *
 * @param serviceMatches the service's own count: the sum of its museum facet, which counts every
 *     match of the whole result once
 */
record TermCounts(String term, long likeMatches, long serviceMatches, long total) {

  /** A term typed in another form (traditional, pinyin): counted at the service only. */
  static TermCounts atServiceOnly(String term, long serviceMatches, long total) {
    return new TermCounts(term, -1, serviceMatches, total);
  }

  /** Whether the LIKE baseline counted it too. */
  boolean baseline() {
    return likeMatches >= 0;
  }

  /** The LIKE matches as a percentage of all published exhibits. */
  double percent() {
    return 100.0 * likeMatches / total;
  }
}
