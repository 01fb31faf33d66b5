package org.gazetteer.gateway.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;

class PublicHealthBodyTest {

  @Test
  void keepsTheStatusAndTheNamesAndStatusesOfTheChecksOnly() {
    var payload =
        Json.createObjectBuilder()
            .add("status", "DOWN")
            .add(
                "checks",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("name", "upstream-alliance")
                            .add("status", "DOWN")
                            .add(
                                "data",
                                Json.createObjectBuilder()
                                    .add("upstream", "UNREACHABLE (ConnectException)")
                                    .add("url", "http://127.0.0.1:8084")
                                    .add("circuit", "OPEN"))))
            .build();

    assertEquals(
        new JsonObject(
            "{\"status\":\"DOWN\",\"checks\":[{\"name\":\"upstream-alliance\",\"status\":\"DOWN\"}]}"),
        PublicHealthBody.of(payload));
  }

  @Test
  void givesAnEmptyListWithoutChecks() {
    assertEquals(
        new JsonObject("{\"status\":\"UP\",\"checks\":[]}"),
        PublicHealthBody.of(Json.createObjectBuilder().add("status", "UP").build()));
  }
}
