package org.gazetteer.common.paging;

import org.gazetteer.common.problem.ProblemException;

/** The list size rule of DESIGN §5: default 20, at most 100. */
public final class Limits {

  public static final int DEFAULT = 20;
  public static final int MAX = 100;

  private Limits() {}

  public static int of(Integer requested) {
    if (requested == null) {
      return DEFAULT;
    }
    if (requested < 1 || requested > MAX) {
      throw ProblemException.invalid("limit", "must be between 1 and " + MAX);
    }
    return requested;
  }
}
