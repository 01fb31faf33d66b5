package org.gazetteer.deploy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** Seat reservations end to end through the gateway, raced by the realm's demo users. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedNetwork.Resolver.class)
class ReservationsNetworkIT {

  private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
  private static final int SEATS = 3;

  private SharedNetwork network;
  private String api;
  private String room;

  @BeforeAll
  void room(SharedNetwork network) {
    this.network = network;
    api = network.api();
    room = NetworkFixtures.room(network, SEATS);
  }

  @Test
  void everyDemoUserRacingForAFewSeatsNeverOverbooks() throws Exception {
    Map<String, Object> slot = slot(1, 10);
    List<Response> answers =
        race(
            DemoUser.ALL.stream()
                .map(
                    user ->
                        (Supplier<Response>)
                            () -> reserve(network.bearer(user.username()), slot, null))
                .toList());
    List<Integer> statuses = answers.stream().map(Response::statusCode).toList();
    assertEquals(SEATS, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
    assertEquals(DemoUser.ALL.size() - SEATS, statuses.stream().filter(s -> s == 409).count());
    answers.stream()
        .filter(a -> a.statusCode() == 409)
        .forEach(a -> assertEquals("application/problem+json", a.contentType()));
    given()
        .queryParam("date", day(1).toString())
        .get(api + "/reading-rooms/" + room + "/slots")
        .then()
        .statusCode(200)
        .body("slots.find { it.start.contains('T10:00') }.free", equalTo(0));
  }

  @Test
  void concurrentRetriesOfOneIdempotencyKeyMakeOneReservation() throws Exception {
    String visitor = network.bearer("visitor");
    Map<String, Object> slot = slot(2, 14);
    String key = "e2e-" + UUID.randomUUID();
    List<Supplier<Response>> retries = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      retries.add(() -> reserve(visitor, slot, key));
    }
    List<Response> answers = race(retries);
    List<String> ids = new ArrayList<>();
    for (Response answer : answers) {
      assertTrue(answer.statusCode() == 201 || answer.statusCode() == 409, answer.asString());
      if (answer.statusCode() == 201) {
        ids.add(answer.path("id"));
      }
    }
    assertTrue(ids.stream().distinct().count() == 1, ids.toString());
    Response replay = reserve(visitor, slot, key);
    assertEquals(201, replay.statusCode());
    assertEquals(ids.get(0), replay.path("id"));
    assertEquals("true", replay.header("Idempotent-Replayed"));
  }

  private Response reserve(String bearer, Map<String, Object> slot, String key) {
    var request =
        given().header("Authorization", bearer).contentType("application/json").body(slot);
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return request.post(api + "/reservations");
  }

  private Map<String, Object> slot(int daysAhead, int hour) {
    OffsetDateTime start = day(daysAhead).atTime(hour, 0).atOffset(CHINA);
    return Map.of("room", room, "start", start.toString(), "end", start.plusHours(2).toString());
  }

  private static LocalDate day(int daysAhead) {
    return LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(daysAhead);
  }

  /** Runs the calls at once, released together, and returns their answers in order. */
  private static List<Response> race(List<Supplier<Response>> calls) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    try {
      List<CompletableFuture<Response>> running = new ArrayList<>();
      for (Supplier<Response> call : calls) {
        running.add(
            CompletableFuture.supplyAsync(
                () -> {
                  try {
                    start.await(30, TimeUnit.SECONDS);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  return call.get();
                },
                pool));
      }
      start.countDown();
      List<Response> answers = new ArrayList<>();
      for (CompletableFuture<Response> call : running) {
        answers.add(call.get(60, TimeUnit.SECONDS));
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }
}
