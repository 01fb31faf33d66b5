package org.gazetteer.readingrooms.openapi;

import static io.restassured.RestAssured.given;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.gazetteer.common.testing.PostgresTest;
import org.gazetteer.common.testing.ResponseSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The responses of every GET operation match the schema the service's own OpenAPI document declares
 * for them, read anonymously where the operation is public, by an admin, and by the visitor who
 * reserved, with records that leave many fields null.
 */
@QuarkusTest
@PostgresTest
class ResponseSchemaTest {

  /** Properties that only some answers carry: a distance with near=, a closed day's reason. */
  private static final String[] OPTIONAL = {"ReadingRoom.distanceKm", "DaySlots.closure"};

  /**
   * Each GET operation of the document, and the requests ({@code caller path}) that exercise it.
   */
  private static final Map<String, String[]> REQUESTS = new TreeMap<>();

  static {
    REQUESTS.put(
        "/api/reading-rooms",
        new String[] {
          "anonymous /api/reading-rooms?limit=100",
          "anonymous /api/reading-rooms?near=30.65,104.05&limit=100",
          "admin /api/reading-rooms?limit=100"
        });
    REQUESTS.put(
        "/api/reading-rooms/summary", new String[] {"anonymous /api/reading-rooms/summary"});
    REQUESTS.put(
        "/api/reading-rooms/vocabularies",
        new String[] {"anonymous /api/reading-rooms/vocabularies"});
    REQUESTS.put(
        "/api/reading-rooms/{code}",
        new String[] {
          "anonymous /api/reading-rooms/{closed}",
          "anonymous /api/reading-rooms/tst-a03",
          "anonymous /api/reading-rooms/tst-c01"
        });
    REQUESTS.put(
        "/api/reading-rooms/{code}/slots",
        new String[] {
          "anonymous /api/reading-rooms/{closed}/slots", "anonymous /api/reading-rooms/{open}/slots"
        });
    REQUESTS.put(
        "/api/reading-rooms/{code}/holdings",
        new String[] {"anonymous /api/reading-rooms/{open}/holdings"});
    REQUESTS.put(
        "/api/reading-rooms/{code}/holdings/{id}",
        new String[] {"anonymous /api/reading-rooms/{open}/holdings/{holding}"});
    REQUESTS.put(
        "/api/reading-rooms/{code}/stats", new String[] {"admin /api/reading-rooms/{open}/stats"});
    REQUESTS.put(
        "/api/reading-rooms/{code}/reservations",
        new String[] {"admin /api/reading-rooms/{open}/reservations?date={tomorrow}"});
    REQUESTS.put("/api/reservations", new String[] {"visitor /api/reservations"});
    REQUESTS.put(
        "/api/reservations/{id}",
        new String[] {
          "visitor /api/reservations/{reservation}",
          "visitor /api/reservations/{cancelled}",
          "admin /api/reservations/{reservation}"
        });
  }

  @Test
  void everyGetOperationIsChecked() {
    Set<String> operations = new TreeSet<>();
    REQUESTS.keySet().forEach(path -> operations.add("GET " + path));
    assertEquals(ResponseSchemas.fetch().getOperations(), operations);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("requests")
  void theResponseMatchesItsDeclaredSchema(String operation, String request) {
    String[] callerAndPath = request.split(" ", 2);
    var spec = given();
    switch (callerAndPath[0]) {
      case "admin" -> spec.header("Authorization", ADMIN);
      case "visitor" -> spec.header("Authorization", SchemaRecords.VISITOR);
      default -> {}
    }
    String path = SchemaRecords.resolve(callerAndPath[1]);
    ResponseSchemas.fetch(OPTIONAL).assertMatches(operation, 200, spec.get(path));
  }

  static Stream<Arguments> requests() {
    return REQUESTS.entrySet().stream()
        .flatMap(e -> Stream.of(e.getValue()).map(r -> Arguments.of(e.getKey(), r)));
  }
}
