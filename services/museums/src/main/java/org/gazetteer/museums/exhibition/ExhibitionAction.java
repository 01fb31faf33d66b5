package org.gazetteer.museums.exhibition;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * An exhibition's explicit actions: {@code publish} (from DRAFT, or again after a withdrawal) and
 * {@code withdraw}. Exhibitions are the museum's own presentation of exhibits that were already
 * reviewed, so they need no second review.
 */
public enum ExhibitionAction {
  PUBLISH(
      "publish",
      Set.of(ExhibitionStatus.DRAFT, ExhibitionStatus.WITHDRAWN),
      ExhibitionStatus.PUBLISHED),
  WITHDRAW("withdraw", Set.of(ExhibitionStatus.PUBLISHED), ExhibitionStatus.WITHDRAWN);

  private final String path;
  private final Set<ExhibitionStatus> from;
  private final ExhibitionStatus to;

  ExhibitionAction(String path, Set<ExhibitionStatus> from, ExhibitionStatus to) {
    this.path = path;
    this.from = from;
    this.to = to;
  }

  public String path() {
    return path;
  }

  boolean allowedFrom(ExhibitionStatus status) {
    return from.contains(status);
  }

  ExhibitionStatus to() {
    return to;
  }

  /** The actions allowed from a state, by path name, to tell a client what it can do next. */
  static List<String> allowedNext(ExhibitionStatus status) {
    return Arrays.stream(values()).filter(a -> a.allowedFrom(status)).map(a -> a.path).toList();
  }
}
