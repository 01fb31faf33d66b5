package org.gazetteer.readingrooms;

import java.util.List;
import org.gazetteer.common.testing.TestTokens;

/**
 * Callers and records the reading-rooms tests share. The rooms are inserted by the test-only
 * migration {@code db/test-data/V1000__test_rooms.sql}.
 */
public final class ReadingRoomsFixtures {

  public static final String STAFF_WUHOU =
      TestTokens.bearer("staff.wuhou", "wuhou", "reading-room-staff");

  /** Every fixture room, in code order. */
  public static final List<String> ROOMS =
      List.of("tst-a01", "tst-a02", "tst-a03", "tst-b01", "tst-b02", "tst-c01");

  /** Fixture rooms in 成都市 (510100) and its districts. */
  public static final List<String> CHENGDU_ROOMS = List.of("tst-a01", "tst-a02", "tst-a03");

  /** Fixture rooms in 乐山市 (511100) and its districts. */
  public static final List<String> LESHAN_ROOMS = List.of("tst-b01", "tst-b02");

  private ReadingRoomsFixtures() {}
}
