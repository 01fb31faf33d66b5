package org.gazetteer.museums.audit;

/** The kinds of record whose changes are audited. */
public enum RecordType {
  MUSEUM,
  EXHIBIT,
  EXHIBITION
}
