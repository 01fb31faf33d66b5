package org.gazetteer.museums.exhibition;

/** An exhibition's state: only PUBLISHED is public. */
public enum ExhibitionStatus {
  DRAFT,
  PUBLISHED,
  WITHDRAWN
}
