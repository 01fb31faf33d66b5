package org.gazetteer.common.paging;

import org.gazetteer.common.problem.ProblemException;

/** The list size rule of docs/api-conventions.md: default 20, at most 100. */
public final class Limits {

  public static final int DEFAULT = 20;
  public static final int MAX = 100;

  private Limits() {}

  /**
   * The page size from the raw {@code limit} parameter. It is taken as text because JAX-RS turns a
   * query parameter that fails to convert into a 404; here it is a 400 naming {@code limit}.
   */
  public static int of(String requested) {
    if (requested == null || requested.isBlank()) {
      return DEFAULT;
    }
    int value;
    try {
      value = Integer.parseInt(requested.strip());
    } catch (NumberFormatException e) {
      throw invalid();
    }
    if (value < 1 || value > MAX) {
      throw invalid();
    }
    return value;
  }

  private static ProblemException invalid() {
    return ProblemException.invalid("limit", "must be a whole number between 1 and " + MAX);
  }
}
