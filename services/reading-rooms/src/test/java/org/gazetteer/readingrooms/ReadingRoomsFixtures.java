package org.gazetteer.readingrooms;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gazetteer.common.testing.TestTokens;

/**
 * Callers and records the reading-rooms tests share. The rooms {@link #ROOMS} are inserted by the
 * test-only migration {@code db/test-data/V1000__test_rooms.sql}; tests that write create their own
 * rooms with fresh codes, so no test depends on another.
 */
public final class ReadingRoomsFixtures {

  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  public static final String ADMIN = TestTokens.bearer("admin", "sichuan", "network-admin");
  public static final String STAFF_WUHOU =
      TestTokens.bearer("staff.wuhou", "wuhou", "reading-room-staff");
  public static final String STAFF_JINNIU =
      TestTokens.bearer("staff.jinniu", "jinniu", "reading-room-staff");
  public static final String CURATOR_CHENGDU =
      TestTokens.bearer("curator.chengdu", "chengdu", "curator");

  /** Every fixture room, in code order. */
  public static final List<String> ROOMS =
      List.of("tst-a01", "tst-a02", "tst-a03", "tst-b01", "tst-b02", "tst-c01");

  /** Fixture rooms in 成都市 (510100) and its districts. */
  public static final List<String> CHENGDU_ROOMS = List.of("tst-a01", "tst-a02", "tst-a03");

  /** Fixture rooms in 乐山市 (511100) and its districts. */
  public static final List<String> LESHAN_ROOMS = List.of("tst-b01", "tst-b02");

  /** Open every day round the clock, in 2-hour slots. */
  public static final List<Map<String, Object>> ALWAYS_OPEN =
      List.of(hours("00:00", "24:00", "MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"));

  private ReadingRoomsFixtures() {}

  /** A visitor with a login and no role, named uniquely so per-visitor limits start empty. */
  public static String newVisitor() {
    return TestTokens.bearer("visitor-" + UUID.randomUUID(), null);
  }

  /** A fresh room code. */
  public static String newCode() {
    return "t" + UUID.randomUUID().toString().substring(0, 8);
  }

  public static Map<String, Object> hours(String opens, String closes, String... days) {
    return Map.of("days", List.of(days), "opens", opens, "closes", closes);
  }

  /** A valid room body of wuhou (武侯区). */
  public static Map<String, Object> room(String code, int seats) {
    Map<String, Object> body = new HashMap<>();
    body.put("code", code);
    body.put("name", Map.of("zh", "测试阅览室", "en", "Test room"));
    body.put("hostType", "COMMUNITY");
    body.put("hostName", Map.of("zh", "武侯区某社区"));
    body.put("division", "510107");
    body.put("location", Map.of("lat", 30.64, "lon", 104.04));
    body.put("seats", seats);
    body.put("openingHours", ALWAYS_OPEN);
    body.put("slotMinutes", 120);
    return body;
  }

  public static Response post(String token, String path, Object body) {
    return given()
        .header("Authorization", token)
        .contentType(ContentType.JSON)
        .body(body)
        .post(path);
  }

  /** Creates {@code body} as a room of wuhou (admin) and returns its code. */
  public static String createRoom(Map<String, Object> body) {
    post(ADMIN, "/api/reading-rooms?institution=wuhou", body).then().statusCode(201);
    return (String) body.get("code");
  }

  /** A room of wuhou open round the clock with {@code seats} seats in 2-hour slots. */
  public static String createRoom(int seats) {
    return createRoom(room(newCode(), seats));
  }

  /**
   * A room of wuhou whose one slot of today began at most 30 minutes ago and runs on for at least
   * half an hour, so that tests can check in and release no-shows now.
   */
  public static String createRoomWithCurrentSlot(int seats) {
    ZonedDateTime now = ZonedDateTime.now(SHANGHAI);
    int minute = now.getHour() * 60 + now.getMinute();
    int opens = Math.max(0, minute - 30);
    int length = Math.min(720, Math.max(15, 1440 - opens));
    Map<String, Object> body = room(newCode(), seats);
    body.put(
        "openingHours",
        List.of(
            hours(
                hhmm(opens),
                hhmm(opens + length),
                "MON",
                "TUE",
                "WED",
                "THU",
                "FRI",
                "SAT",
                "SUN")));
    body.put("slotMinutes", length);
    return createRoom(body);
  }

  /** The slot of {@link #createRoomWithCurrentSlot} that is running now. */
  public static Map<String, Object> currentSlot(String room) {
    Map<String, Object> slot =
        given()
            .get("/api/reading-rooms/" + room + "/slots")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("slots[0]");
    return Map.of("room", room, "start", slot.get("start"), "end", slot.get("end"));
  }

  /** A reservation body for tomorrow's 10:00–12:00 slot of a round-the-clock room. */
  public static Map<String, Object> tomorrow(String room) {
    return slotOn(room, LocalDate.now(SHANGHAI).plusDays(1), LocalTime.of(10, 0), 120);
  }

  public static Map<String, Object> slotOn(
      String room, LocalDate date, LocalTime start, int minutes) {
    OffsetDateTime from = date.atTime(start).atZone(SHANGHAI).toOffsetDateTime();
    return Map.of(
        "room",
        room,
        "start",
        from.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
        "end",
        from.plusMinutes(minutes).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
  }

  public static Response reserve(String token, Map<String, Object> body) {
    return post(token, "/api/reservations", body);
  }

  public static Response reserve(String token, String key, Map<String, Object> body) {
    return given()
        .header("Authorization", token)
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/reservations");
  }

  private static String hhmm(int minutes) {
    return String.format("%02d:%02d", minutes / 60, minutes % 60);
  }
}
