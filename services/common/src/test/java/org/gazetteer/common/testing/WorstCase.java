package org.gazetteer.common.testing;

/**
 * The worst input for a pattern at the largest size a service's 1 MB body limit admits: a long run
 * of one character after a prefix, and an ending that makes the pattern fail only at the last
 * character — where a backtracking pattern would try every split of the run.
 */
public final class WorstCase {

  /** Just under the body limit once the rest of a body and the JSON quoting are added. */
  public static final int LARGEST = 1_000_000 - 4_096;

  private WorstCase() {}

  /**
   * {@code prefix}, then {@code run} repeated up to {@link #LARGEST} characters, then {@code end}.
   */
  public static String atBodyLimit(String prefix, char run, String end) {
    return prefix + String.valueOf(run).repeat(LARGEST - prefix.length() - end.length()) + end;
  }
}
