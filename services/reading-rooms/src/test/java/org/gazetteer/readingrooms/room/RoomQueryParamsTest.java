package org.gazetteer.readingrooms.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.gazetteer.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

class RoomQueryParamsTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneOffset.UTC);

  @Test
  void nearTakesLatLonWithADefaultRadius() {
    NearPoint near = RoomQueryParams.near(" 30.64 , 104.04 ", null);
    assertEquals(30.64, near.lat());
    assertEquals(104.04, near.lon());
    assertEquals(RoomQueryParams.DEFAULT_RADIUS_KM, near.radiusKm());
    assertNull(RoomQueryParams.near(null, null));
  }

  @Test
  void theBoxAroundAPointHoldsTheCircle() {
    NearPoint near = new NearPoint(30.0, 104.0, 11.1);
    assertTrue(near.maxLat() - 30.0 >= 11.1 / 111.195);
    assertTrue(near.lonSpan() >= 11.1 / (111.195 * Math.cos(Math.toRadians(30))));
    assertTrue(Double.isNaN(new NearPoint(0, 179.95, 50).lonSpan()));
    assertTrue(Double.isNaN(new NearPoint(89.5, 0, 100).lonSpan()));
  }

  @Test
  void openAtNeedsAnOffsetAndOpenNowIsNow() {
    assertEquals(
        OffsetDateTime.parse("2026-12-01T10:00+08:00"),
        RoomQueryParams.openAt("2026-12-01T10:00:00+08:00", null, CLOCK));
    assertEquals(OffsetDateTime.now(CLOCK), RoomQueryParams.openAt(null, "true", CLOCK));
    assertNull(RoomQueryParams.openAt(null, "false", CLOCK));
    ProblemException noOffset =
        assertThrows(
            ProblemException.class,
            () -> RoomQueryParams.openAt("2026-12-01T10:00:00", null, CLOCK));
    assertTrue(noOffset.getMessage().contains("offset"));
  }

  @Test
  void holdingDropsTheBrackets() {
    assertEquals("四川扶贫志", RoomQueryParams.holding(" 《四川扶贫志》 "));
    assertNull(RoomQueryParams.holding(""));
  }
}
