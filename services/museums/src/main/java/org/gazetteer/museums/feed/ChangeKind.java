package org.gazetteer.museums.feed;

/** What happened to a published exhibit. */
public enum ChangeKind {
  /** It became public. */
  PUBLISHED,
  /** A public exhibit's fields changed. */
  UPDATED,
  /** It is no longer public: a tombstone, kept for good. */
  WITHDRAWN
}
