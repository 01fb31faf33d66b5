package org.gazetteer.museums.exhibit;

/** Where an exhibit is in the review workflow. Only PUBLISHED is public. */
public enum ExhibitStatus {
  DRAFT,
  IN_REVIEW,
  PUBLISHED,
  WITHDRAWN
}
