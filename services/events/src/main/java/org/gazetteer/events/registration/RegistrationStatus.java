package org.gazetteer.events.registration;

/** Where a registration stands. */
public enum RegistrationStatus {
  /** The party has its places. */
  CONFIRMED,
  /** The party waits, as one entry, for places to free up. */
  WAITLISTED,
  CANCELLED
}
