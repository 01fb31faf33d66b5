package org.gazetteer.events.calendar;

import static io.restassured.RestAssured.given;
import static org.gazetteer.events.EventsFixtures.ORGANIZER_CHENGDU;
import static org.gazetteer.events.EventsFixtures.addressEvent;
import static org.gazetteer.events.EventsFixtures.createEvent;
import static org.gazetteer.events.EventsFixtures.etag;
import static org.gazetteer.events.EventsFixtures.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.gazetteer.events.EventsTest;
import org.junit.jupiter.api.Test;

/** The iCalendar feeds, read back with ical4j's own parser, rule by rule. */
@QuarkusTest
@EventsTest
class CalendarFeedTest {

  private static Calendar parse(String ics) throws Exception {
    return new CalendarBuilder().build(new StringReader(ics));
  }

  private static String property(net.fortuna.ical4j.model.PropertyContainer c, String name) {
    Optional<Property> p = c.getProperty(name);
    return p.map(Property::getValue).orElse(null);
  }

  private static List<VEvent> events(Calendar calendar) {
    return calendar.getComponents("VEVENT");
  }

  private static VEvent vevent(Calendar calendar, String sessionId) {
    return events(calendar).stream()
        .filter(e -> (sessionId + "@events.gazetteer").equals(property(e, "UID")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no VEVENT for session " + sessionId));
  }

  private static String published(Map<String, Object> venue, String title) {
    Map<String, Object> body =
        new HashMap<>(addressEvent(title, List.of(session(6, 30), session(7, 30))));
    if (venue != null) {
      body.put("venue", venue);
    }
    String id = createEvent(ORGANIZER_CHENGDU, body);
    given()
        .header("Authorization", ORGANIZER_CHENGDU)
        .post("/api/events/" + id + "/publish")
        .then()
        .statusCode(200);
    return id;
  }

  @Test
  void anEventsFeedIsValidRfc5545WithTheRfc7986CalendarProperties() throws Exception {
    String id =
        published(
            Map.of(
                "type",
                "ADDRESS",
                "address",
                Map.of("zh", "成都市锦江区红星路"),
                "location",
                Map.of("lat", 30.65, "lon", 104.08)),
            "日历讲座");
    var answer =
        given()
            .get("/api/events/" + id + ".ics")
            .then()
            .statusCode(200)
            .contentType("text/calendar")
            .extract();
    Calendar calendar = parse(answer.asString());
    calendar.validate();
    assertEquals("2.0", property(calendar, "VERSION"));
    assertEquals("PUBLISH", property(calendar, "METHOD"));
    assertEquals("日历讲座", property(calendar, "NAME"));
    assertNotNull(property(calendar, "DESCRIPTION"));
    assertEquals("PT1H", property(calendar, "REFRESH-INTERVAL"));
    assertTrue(property(calendar, "SOURCE").endsWith("/api/events/" + id + ".ics"));
    List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
    assertEquals(1, zones.size());
    assertEquals("Asia/Shanghai", property(zones.get(0), "TZID"));
    List<VEvent> events = events(calendar);
    assertEquals(2, events.size());
    VEvent first = events.get(0);
    assertTrue(
        first.getProperty("DTSTART").orElseThrow().toString().contains("TZID=Asia/Shanghai"));
    assertEquals("CONFIRMED", property(first, "STATUS"));
    assertEquals("30.65;104.08", property(first, "GEO"));
    assertEquals("成都市锦江区红星路", property(first, "LOCATION"));
    assertTrue(property(first, "URL").endsWith("/api/events/" + id));
    assertNotNull(property(first, "DTSTAMP"));
  }

  @Test
  void uidsStayAndSequenceGrowsWithEveryChangeAndCancelledSessionsStay() throws Exception {
    String id = published(null, "日历变更");
    String sid = given().get("/api/events/" + id + "/sessions").then().extract().path("[0].id");
    Calendar before = parse(given().get("/api/events/" + id + ".ics").asString());
    int sequence = Integer.parseInt(property(vevent(before, sid), "SEQUENCE"));

    String path = "/api/events/" + id + "/sessions/" + sid;
    given()
        .header("Authorization", ORGANIZER_CHENGDU)
        .header("If-Match", etag(ORGANIZER_CHENGDU, path))
        .contentType(ContentType.JSON)
        .body(session(8, 30))
        .put(path)
        .then()
        .statusCode(200);
    Calendar moved = parse(given().get("/api/events/" + id + ".ics").asString());
    int afterMove = Integer.parseInt(property(vevent(moved, sid), "SEQUENCE"));
    assertTrue(afterMove > sequence, sequence + " → " + afterMove);

    given()
        .header("Authorization", ORGANIZER_CHENGDU)
        .post(path + "/cancel")
        .then()
        .statusCode(200);
    Calendar cancelled = parse(given().get("/api/events/" + id + ".ics").asString());
    VEvent off = vevent(cancelled, sid);
    assertEquals("CANCELLED", property(off, "STATUS"));
    assertTrue(Integer.parseInt(property(off, "SEQUENCE")) > afterMove);
    assertEquals(2, events(cancelled).size(), "the cancelled session stays in the feed");
  }

  @Test
  void theNetworkFeedHoldsPublishedAndCancelledSessionsWithTheListsFilters() throws Exception {
    String online =
        published(Map.of("type", "ONLINE", "url", "https://live.example.org/cal"), "网络日历");
    String cancelledEvent = published(null, "日历将取消");
    given()
        .header("Authorization", ORGANIZER_CHENGDU)
        .post("/api/events/" + cancelledEvent + "/cancel")
        .then()
        .statusCode(200);
    String draft = createEvent(ORGANIZER_CHENGDU, addressEvent("日历草稿", List.of(session(6, 5))));

    Calendar all =
        parse(given().get("/api/events.ics").then().statusCode(200).extract().asString());
    List<String> urls = events(all).stream().map(e -> property(e, "URL")).toList();
    assertTrue(urls.stream().anyMatch(u -> u.endsWith(online)));
    assertTrue(urls.stream().anyMatch(u -> u.endsWith(cancelledEvent)));
    assertTrue(urls.stream().noneMatch(u -> u.endsWith(draft)), "drafts are not in the feed");
    assertTrue(
        events(all).stream()
            .filter(e -> property(e, "URL").endsWith(cancelledEvent))
            .allMatch(e -> "CANCELLED".equals(property(e, "STATUS"))));

    Calendar onlineOnly = parse(given().get("/api/events.ics?venueType=ONLINE").asString());
    assertTrue(
        events(onlineOnly).stream().allMatch(e -> property(e, "LOCATION").startsWith("https://")));
    given().get("/api/events.ics?limit=5").then().statusCode(400);
    given().get("/api/events.ics?division=51").then().statusCode(400);
  }

  @Test
  void anEventIsStampedOnceWithItsLastChangeSoItsFeedReadsTheSameLater() throws Exception {
    String id = published(null, "日历时间戳");
    String first =
        given().get("/api/events/" + id + ".ics").then().statusCode(200).extract().asString();
    for (VEvent event : events(parse(first))) {
      assertEquals(1, event.getProperties("DTSTAMP").size(), "one DTSTAMP");
      assertEquals(
          event.getProperty("LAST-MODIFIED").orElseThrow().getValue(),
          event.getProperty("DTSTAMP").orElseThrow().getValue(),
          "stamped with its last change, not the time of the request");
    }
  }

  @Test
  void aFeedAnswersIfNoneMatchWith304AndADraftIsNotPublic() {
    String id = published(null, "日历缓存");
    String tag =
        given().get("/api/events/" + id + ".ics").then().statusCode(200).extract().header("ETag");
    assertNotNull(tag);
    given().header("If-None-Match", tag).get("/api/events/" + id + ".ics").then().statusCode(304);
    given()
        .header("If-None-Match", "\"other\"")
        .get("/api/events/" + id + ".ics")
        .then()
        .statusCode(200);
    String draft = createEvent(ORGANIZER_CHENGDU, addressEvent("日历草稿二", List.of(session(6, 5))));
    given().get("/api/events/" + draft + ".ics").then().statusCode(404);
    given()
        .header("Authorization", ORGANIZER_CHENGDU)
        .get("/api/events/" + draft + ".ics")
        .then()
        .statusCode(200);
  }
}
