package org.gazetteer.museums.exhibitimport;

/** What an import does with a row. */
public enum ImportOutcome {
  /** A new inventory number: a new draft. */
  CREATE,
  /** An inventory number the museum has: that exhibit is updated in place, in any state. */
  UPDATE
}
