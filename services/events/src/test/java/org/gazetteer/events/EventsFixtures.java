package org.gazetteer.events;

import java.util.List;
import org.gazetteer.common.testing.TestTokens;

/**
 * Callers and records the events tests share. The events are inserted by the test-only migration
 * {@code db/test-data/V1000__test_events.sql}.
 */
public final class EventsFixtures {

  public static final String ADMIN = TestTokens.bearer("admin", "sichuan", "network-admin");
  public static final String ORGANIZER_CHENGDU =
      TestTokens.bearer("organizer.chengdu", "chengdu", "event-organizer");
  public static final String ORGANIZER_LESHAN =
      TestTokens.bearer("organizer.leshan", "leshan", "event-organizer");
  public static final String VISITOR = TestTokens.bearer("visitor", null);

  /** chengdu, AGENCY, LECTURE, 510104 (锦江区), published. */
  public static final String CHENGDU_LECTURE = "00000000-0000-7000-8000-000000000001";

  /** chengdu, SCHOOL, EXHIBITION_TOUR, 510107 (武侯区), published. */
  public static final String CHENGDU_TOUR = "00000000-0000-7000-8000-000000000002";

  /** leshan, VILLAGE, WORKSHOP, 511102, published. */
  public static final String LESHAN_WORKSHOP = "00000000-0000-7000-8000-000000000003";

  /** sichuan, ONLINE, SHORT_VIDEO_CAMPAIGN, 510000, published. */
  public static final String SICHUAN_CAMPAIGN = "00000000-0000-7000-8000-000000000004";

  public static final String CHENGDU_DRAFT = "00000000-0000-7000-8000-000000000005";
  public static final String LESHAN_DRAFT = "00000000-0000-7000-8000-000000000006";
  public static final String CHENGDU_CANCELLED = "00000000-0000-7000-8000-000000000007";

  /** The published fixture events, newest first. */
  public static final List<String> PUBLISHED =
      List.of(SICHUAN_CAMPAIGN, LESHAN_WORKSHOP, CHENGDU_TOUR, CHENGDU_LECTURE);

  private EventsFixtures() {}
}
