package org.gazetteer.events.registration;

import static io.restassured.RestAssured.given;
import static org.gazetteer.events.registration.Registrations.attendees;
import static org.gazetteer.events.registration.Registrations.person;
import static org.gazetteer.events.registration.Registrations.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.gazetteer.common.testing.Crowd;
import org.gazetteer.events.EventsTest;
import org.gazetteer.events.registration.Registrations.Session;
import org.junit.jupiter.api.Test;

/**
 * The registration rules under concurrency against real PostgreSQL: many distinct people (tokens
 * signed for the run) register and cancel at once.
 */
@QuarkusTest
@EventsTest
class RegistrationRaceTest {

  @TestHTTPResource("/api/registrations")
  URI registrations;

  @TestHTTPResource("/")
  URI root;

  private List<HttpResponse<String>> registerAll(
      Session s, List<String> people, List<Integer> parties) throws Exception {
    List<HttpRequest> requests = new ArrayList<>();
    for (int i = 0; i < people.size(); i++) {
      String body = "{\"session\": \"" + s.id() + "\", \"party\": " + parties.get(i) + "}";
      requests.add(Crowd.post(registrations, people.get(i), null, body));
    }
    return Crowd.send(requests);
  }

  private static String field(HttpResponse<String> answer, String name) {
    return io.restassured.path.json.JsonPath.from(answer.body()).getString(name);
  }

  @Test
  void fiftyPlacesAndOneHundredFiftyPeopleMakeFiftyConfirmedAndAWaitlistOfOneHundred()
      throws Exception {
    Session s = session(50);
    List<String> people = IntStream.range(0, 150).mapToObj(i -> person()).toList();
    List<HttpResponse<String>> answers =
        registerAll(s, people, people.stream().map(p -> 1).toList());

    assertTrue(answers.stream().allMatch(a -> a.statusCode() == 201), () -> statuses(answers));
    List<HttpResponse<String>> confirmed =
        answers.stream().filter(a -> "CONFIRMED".equals(field(a, "status"))).toList();
    List<HttpResponse<String>> waiting =
        answers.stream().filter(a -> "WAITLISTED".equals(field(a, "status"))).toList();
    assertEquals(50, confirmed.size());
    assertEquals(100, waiting.size());

    List<Map<String, Object>> list = attendees(s);
    List<Object> positions =
        allAttendees(s).stream()
            .filter(a -> "WAITLISTED".equals(a.get("status")))
            .map(a -> a.get("position"))
            .toList();
    assertEquals(
        IntStream.rangeClosed(1, 100).boxed().toList(), positions, "unique positions 1–100");
    assertEquals(100, list.size(), "the first page holds 100");
    given()
        .get(s.path())
        .then()
        .statusCode(200)
        .body("confirmed", org.hamcrest.Matchers.equalTo(50));

    // Twenty confirmed people cancel at once: exactly the first twenty in line move up.
    Map<String, String> tokenOf = new HashMap<>();
    for (int i = 0; i < answers.size(); i++) {
      tokenOf.put(field(answers.get(i), "id"), people.get(i));
    }
    List<String> firstInLine =
        allAttendees(s).stream()
            .filter(a -> "WAITLISTED".equals(a.get("status")))
            .limit(20)
            .map(a -> (String) a.get("id"))
            .toList();
    List<HttpRequest> cancels = new ArrayList<>();
    for (HttpResponse<String> c : confirmed.subList(0, 20)) {
      String id = field(c, "id");
      cancels.add(
          Crowd.post(
              root.resolve("/api/registrations/" + id + "/cancel"), tokenOf.get(id), null, "{}"));
    }
    List<HttpResponse<String>> cancelled = Crowd.send(cancels);
    assertTrue(cancelled.stream().allMatch(a -> a.statusCode() == 200), () -> statuses(cancelled));

    List<Map<String, Object>> after = allAttendees(s);
    List<String> nowConfirmed =
        after.stream()
            .filter(a -> "CONFIRMED".equals(a.get("status")))
            .map(a -> (String) a.get("id"))
            .toList();
    assertEquals(50, nowConfirmed.size());
    assertTrue(nowConfirmed.containsAll(firstInLine), "the first twenty in line were promoted");
    List<Object> rest =
        after.stream()
            .filter(a -> "WAITLISTED".equals(a.get("status")))
            .map(a -> a.get("position"))
            .toList();
    assertEquals(IntStream.rangeClosed(1, 80).boxed().toList(), rest, "the line closes up");
  }

  @Test
  void partiesOfMixedSizesRacingNeverOverfillASessionNorSplit() throws Exception {
    Session s = session(37);
    Random random = new Random(7);
    List<String> people = IntStream.range(0, 60).mapToObj(i -> person()).toList();
    List<Integer> parties = people.stream().map(p -> 1 + random.nextInt(5)).toList();
    List<HttpResponse<String>> answers = registerAll(s, people, parties);
    assertTrue(answers.stream().allMatch(a -> a.statusCode() == 201), () -> statuses(answers));

    int confirmedPeople = 0;
    for (int i = 0; i < answers.size(); i++) {
      assertEquals(parties.get(i), Integer.valueOf(field(answers.get(i), "party")), "never split");
      if ("CONFIRMED".equals(field(answers.get(i), "status"))) {
        confirmedPeople += parties.get(i);
      }
    }
    assertTrue(confirmedPeople <= 37, "capacity holds: " + confirmedPeople);
    int counted = given().get(s.path()).then().extract().path("confirmed");
    assertEquals(confirmedPeople, counted, "the counter is the confirmed parties' people");
    // places only went down, so every waiting party was larger than the places left
    int free = 37 - confirmedPeople;
    for (int i = 0; i < answers.size(); i++) {
      if ("WAITLISTED".equals(field(answers.get(i), "status"))) {
        assertTrue(parties.get(i) > free, "a waiting party of " + parties.get(i) + " fits " + free);
      }
    }
  }

  private static List<Map<String, Object>> allAttendees(Session s) {
    List<Map<String, Object>> all = new ArrayList<>();
    String url = s.path() + "/attendees?limit=100";
    for (int page = 0; page < 10 && url != null; page++) {
      var answer =
          given()
              .header("Authorization", org.gazetteer.events.EventsFixtures.ORGANIZER_CHENGDU)
              .urlEncodingEnabled(false)
              .get(url)
              .then()
              .statusCode(200)
              .extract();
      all.addAll(answer.path("items"));
      String next = answer.path("next");
      url = next == null ? null : s.path() + "/attendees?limit=100&cursor=" + next;
    }
    return all;
  }

  private static String statuses(List<HttpResponse<String>> answers) {
    return answers.stream()
        .map(a -> a.statusCode() + " " + a.body())
        .distinct()
        .limit(5)
        .toList()
        .toString();
  }
}
