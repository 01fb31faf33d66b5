package org.gazetteer.alliance.resource;

/** What kind of record a shared resource may link to. */
public enum SourceType {
  /** A published exhibit of the owner's museum, in the museums service. */
  EXHIBIT
}
