package org.gazetteer.deploy.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class BookingRoundTest {

  private static BookingRound round(int confirmed, int other, long booked, long rows) {
    return new BookingRound(
        500,
        confirmed,
        500 - confirmed - other,
        other,
        Duration.ofMillis(2500),
        new Histogram(3),
        booked,
        rows);
  }

  @Test
  void attemptsPerSecondOfWallTime() {
    assertEquals(200.0, round(20, 0, 20, 20).attemptsPerSecond(), 1e-9);
  }

  @Test
  void exactWhenTheAnswersAndTheDatabaseAgreeOnTheSeats() {
    assertTrue(round(20, 0, 20, 20).exact(20));
  }

  @Test
  void notExactWhenAnySideDisagrees() {
    assertFalse(round(21, 0, 21, 21).exact(20), "overbooked");
    assertFalse(round(20, 0, 21, 20).exact(20), "counter off");
    assertFalse(round(20, 0, 20, 19).exact(20), "a row missing");
    assertFalse(round(20, 1, 20, 20).exact(20), "an answer neither 201 nor 409");
  }
}
