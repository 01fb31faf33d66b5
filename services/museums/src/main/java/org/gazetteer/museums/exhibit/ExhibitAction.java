package org.gazetteer.museums.exhibit;

import java.util.Arrays;
import java.util.List;

/**
 * The workflow's explicit actions (docs/api-conventions.md): {@code DRAFT → IN_REVIEW → PUBLISHED →
 * WITHDRAWN}, and rejection back to DRAFT.
 */
public enum ExhibitAction {
  SUBMIT("submit", ExhibitStatus.DRAFT, ExhibitStatus.IN_REVIEW),
  APPROVE("approve", ExhibitStatus.IN_REVIEW, ExhibitStatus.PUBLISHED),
  REJECT("reject", ExhibitStatus.IN_REVIEW, ExhibitStatus.DRAFT),
  WITHDRAW("withdraw", ExhibitStatus.PUBLISHED, ExhibitStatus.WITHDRAWN);

  private final String path;
  private final ExhibitStatus from;
  private final ExhibitStatus to;

  ExhibitAction(String path, ExhibitStatus from, ExhibitStatus to) {
    this.path = path;
    this.from = from;
    this.to = to;
  }

  public String path() {
    return path;
  }

  public ExhibitStatus from() {
    return from;
  }

  public ExhibitStatus to() {
    return to;
  }

  /** The actions allowed from a state, by path name, to tell a client what it can do next. */
  public static List<String> allowedFrom(ExhibitStatus status) {
    return Arrays.stream(values()).filter(a -> a.from == status).map(ExhibitAction::path).toList();
  }
}
