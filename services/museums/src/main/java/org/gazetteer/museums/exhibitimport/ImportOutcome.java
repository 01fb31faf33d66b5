package org.gazetteer.museums.exhibitimport;

/** What an import does with a row. */
public enum ImportOutcome {
  /** A new inventory number: a new draft. */
  CREATE,
  /** An inventory number of an exhibit not published: that exhibit is updated in place. */
  UPDATE,
  /**
   * An inventory number of a published exhibit: the row becomes its pending revision, and the
   * published record stays until another curator approves it.
   */
  REVISE
}
