package org.gazetteer.deploy.bench;

import java.time.Duration;
import org.HdrHistogram.Histogram;

/**
 * One burst of concurrent reservation attempts on one slot, and what came of it.
 *
 * @param attempts requests sent at once
 * @param confirmed 201 answers
 * @param refused 409 problem+json answers
 * @param other any other answer (there should be none)
 * @param wall from the first request sent to the last answer received
 * @param micros each attempt's latency in microseconds
 * @param bookedInDatabase the slot's booked-seat counter afterwards
 * @param confirmedInDatabase the slot's CONFIRMED reservation rows afterwards
 */
record BookingRound(
    int attempts,
    int confirmed,
    int refused,
    int other,
    Duration wall,
    Histogram micros,
    long bookedInDatabase,
    long confirmedInDatabase) {

  /** Attempts answered per second of wall time. */
  double attemptsPerSecond() {
    return attempts / (wall.toNanos() / 1e9);
  }

  /** Whether exactly {@code seats} were confirmed, by the answers and by the database. */
  boolean exact(int seats) {
    return confirmed == seats
        && bookedInDatabase == seats
        && confirmedInDatabase == seats
        && other == 0;
  }
}
