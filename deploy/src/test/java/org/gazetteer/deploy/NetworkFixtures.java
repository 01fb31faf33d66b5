package org.gazetteer.deploy;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Real Keycloak tokens and request bodies for the end-to-end suite. */
final class NetworkFixtures {

  private NetworkFixtures() {}

  /** The realm's token endpoint for {@link TokenCache}: a 200 answer or an assertion error. */
  static TokenCache.Grant token(NetworkConfig config, Map<String, String> form) {
    JsonPath answer = tokenRequest(config, form).then().statusCode(200).extract().jsonPath();
    return new TokenCache.Grant(
        answer.getString("access_token"),
        answer.getString("refresh_token"),
        answer.getLong("expires_in"));
  }

  /** A password grant of the realm, whatever it answers. */
  static Response passwordGrant(
      NetworkConfig config, String clientId, String username, String password) {
    return tokenRequest(
        config,
        Map.of(
            "grant_type", "password",
            "client_id", clientId,
            "username", username,
            "password", password));
  }

  /** A refresh-token grant of the CLI client, whatever it answers. */
  static Response refreshGrant(NetworkConfig config, String refreshToken) {
    return tokenRequest(
        config,
        Map.of(
            "grant_type", "refresh_token",
            "client_id", "gazetteer-cli",
            "refresh_token", refreshToken));
  }

  private static Response tokenRequest(NetworkConfig config, Map<String, String> form) {
    return given()
        .contentType(ContentType.URLENC)
        .formParams(form)
        .post(config.issuer() + "/protocol/openid-connect/token");
  }

  /** The password of a demo user of the realm. */
  static String password(String username) {
    return DemoUser.ALL.stream()
        .filter(u -> u.username().equals(username))
        .findFirst()
        .orElseThrow()
        .password();
  }

  static Map<String, Object> exhibit(String titleZh) {
    return Map.of(
        "inventoryNo",
        "E2E-" + UUID.randomUUID().toString().substring(0, 8),
        "title",
        Map.of("zh", titleZh),
        "category",
        "ANCIENT_BOOKS",
        "workType",
        "GAZETTEER",
        "dating",
        Map.of("label", "清"),
        "keywords",
        List.of("端到端"));
  }

  /**
   * Creates a reading room of the institution {@code wuhou} (by its staff) with {@code seats}
   * seats, open every day 08:00–20:00 in two-hour slots, and returns its code: tests book in it
   * without meeting the demo rooms' hours or each other's bookings.
   */
  static String room(SharedNetwork network, int seats) {
    String code = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> body = new HashMap<>();
    body.put("code", code);
    body.put("name", Map.of("zh", "端到端阅览室 " + code));
    body.put("hostType", "COMMUNITY");
    body.put("hostName", Map.of("zh", "武侯区玉林社区"));
    body.put("division", "510107");
    body.put("location", Map.of("lat", 30.63, "lon", 104.05));
    body.put("seats", seats);
    body.put(
        "openingHours",
        List.of(
            Map.of(
                "days", List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"),
                "opens", "08:00",
                "closes", "20:00")));
    body.put("slotMinutes", 120);
    post(network.api() + "/reading-rooms", network.bearer("staff.wuhou"), body)
        .then()
        .statusCode(201);
    return code;
  }

  /** Tomorrow in Sichuan: the day on which every slot of a {@link #room} can be booked. */
  static LocalDate tomorrow() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
  }

  /**
   * A published event of {@code organizer.chengdu} at the Chengdu museum with one session of {@code
   * hours} hours from {@code start}, as the API created it (its id, its session's id).
   */
  static JsonPath publishedEvent(
      SharedNetwork network, String title, OffsetDateTime start, int hours, int capacity) {
    String organizer = network.bearer("organizer.chengdu");
    Map<String, Object> body = new HashMap<>();
    body.put("title", Map.of("zh", title));
    body.put("target", "COMMUNITY");
    body.put("kind", "LECTURE");
    body.put("venue", Map.of("type", "MUSEUM", "code", "chengdu"));
    body.put(
        "sessions",
        List.of(
            Map.of(
                "start",
                start.toString(),
                "end",
                start.plusHours(hours).toString(),
                "capacity",
                capacity)));
    JsonPath created =
        post(network.api() + "/events", organizer, body)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    given()
        .header("Authorization", organizer)
        .post(network.api() + "/events/" + created.getString("id") + "/publish")
        .then()
        .statusCode(200);
    return created;
  }

  /**
   * A request of {@code member.leshan} for ten days of a resource from {@code daysAhead} days on
   * (Sichuan), as the API made it: its id.
   */
  static String requestAsLeshan(SharedNetwork network, String resource, int daysAhead) {
    LocalDate from = tomorrow().plusDays(daysAhead - 1);
    return post(
            network.api() + "/alliance/requests",
            network.bearer("member.leshan"),
            Map.of(
                "resource",
                resource,
                "purpose",
                "乐山方志馆界面测试借展",
                "from",
                from.toString(),
                "to",
                from.plusDays(10).toString()))
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static Response post(String url, String bearer, Object body) {
    var request = given().contentType(ContentType.JSON).body(body);
    if (bearer != null) {
      request.header("Authorization", bearer);
    }
    return request.post(url);
  }
}
