package org.gazetteer.readingrooms.reservation;

/**
 * Where a reservation stands. CONFIRMED holds a seat; cancelling (by the visitor, before the slot
 * starts) or a released no-show gives it back; CHECKED_IN keeps it.
 */
public enum ReservationStatus {
  CONFIRMED,
  CANCELLED,
  CHECKED_IN,
  NO_SHOW
}
