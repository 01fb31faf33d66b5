package org.gazetteer.museums.exhibit;

import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.security.Caller;

/** The review workflow's rules, applied to an exhibit the caller may write. */
final class ExhibitWorkflow {

  private ExhibitWorkflow() {}

  static void apply(Exhibit exhibit, ExhibitAction action, Caller caller) {
    if (exhibit.status != action.from()) {
      throw ProblemException.conflict(
          "Cannot "
              + action.path()
              + " an exhibit in state "
              + exhibit.status
              + "; allowed next: "
              + ExhibitAction.allowedFrom(exhibit.status));
    }
    if (action == ExhibitAction.APPROVE && caller.username().equals(exhibit.submittedBy)) {
      throw ProblemException.forbidden(
          "The submitter cannot approve their own submission; another curator or an admin reviews");
    }
    exhibit.status = action.to();
    if (action == ExhibitAction.SUBMIT) {
      exhibit.submittedBy = caller.username();
    }
  }
}
