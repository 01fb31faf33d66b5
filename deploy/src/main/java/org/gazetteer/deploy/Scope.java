package org.gazetteer.deploy;

import java.util.Locale;

/** What the launcher starts: the whole network, or only PostgreSQL and Keycloak. */
public enum Scope {
  /** PostgreSQL, Keycloak, the four services and the gateway. */
  ALL,
  /** PostgreSQL and Keycloak only, e.g. while the services run from an IDE. */
  INFRA;

  /** Parses {@code all} or {@code infra}, ignoring case. */
  static Scope parse(String value) {
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--only takes 'all' or 'infra', not '" + value + "'");
    }
  }
}
