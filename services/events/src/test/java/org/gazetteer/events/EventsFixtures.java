package org.gazetteer.events;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gazetteer.common.testing.TestTokens;

/**
 * Callers and records the events tests share. The fixture events are inserted by the test-only
 * migration {@code db/test-data/V1000__test_events.sql}; tests that change events create their own
 * with {@link #createEvent}.
 */
public final class EventsFixtures {

  public static final String ADMIN = TestTokens.bearer("admin", "sichuan", "network-admin");
  public static final String ORGANIZER_CHENGDU =
      TestTokens.bearer("organizer.chengdu", "chengdu", "event-organizer");
  public static final String ORGANIZER_LESHAN =
      TestTokens.bearer("organizer.leshan", "leshan", "event-organizer");
  public static final String VISITOR = TestTokens.bearer("visitor", null);

  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

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

  /** The published fixture events, earliest session first (the n-th is n days ahead). */
  public static final List<String> PUBLISHED =
      List.of(CHENGDU_LECTURE, CHENGDU_TOUR, LESHAN_WORKSHOP, SICHUAN_CAMPAIGN);

  /** A body for a new event at an address in 锦江区, with the given sessions. */
  public static Map<String, Object> addressEvent(
      String titleZh, List<Map<String, Object>> sessions) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", Map.of("zh", titleZh));
    body.put("target", "COMMUNITY");
    body.put("kind", "LECTURE");
    body.put("division", "510104");
    body.put("venue", Map.of("type", "ADDRESS", "address", Map.of("zh", "成都市锦江区（测试）")));
    body.put("sessions", sessions);
    return body;
  }

  /** A session {@code days} from now at 14:00 Asia/Shanghai, two hours long. */
  public static Map<String, Object> session(int days, int capacity) {
    OffsetDateTime start =
        LocalDate.now(SHANGHAI).plusDays(days).atTime(14, 0).atZone(SHANGHAI).toOffsetDateTime();
    return Map.of(
        "start", start.toString(), "end", start.plusHours(2).toString(), "capacity", capacity);
  }

  /** Creates an event as {@code token}; returns its id. */
  public static String createEvent(String token, Map<String, Object> body) {
    return given()
        .header("Authorization", token)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/events")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** Creates and publishes an event as {@code token}; returns its id. */
  public static String publishedEvent(String token, String titleZh, int capacity) {
    String id = createEvent(token, addressEvent(titleZh, List.of(session(3, capacity))));
    given()
        .header("Authorization", token)
        .post("/api/events/" + id + "/publish")
        .then()
        .statusCode(200);
    return id;
  }

  /** {@code POST path} with a JSON body as {@code token}. */
  public static Response post(String token, String path, Object body) {
    return given()
        .header("Authorization", token)
        .contentType(ContentType.JSON)
        .body(body)
        .post(path);
  }

  /** The ETag of {@code path}, read as {@code token}. */
  public static String etag(String token, String path) {
    return given()
        .header("Authorization", token)
        .get(path)
        .then()
        .statusCode(200)
        .extract()
        .header("ETag");
  }

  private EventsFixtures() {}
}
