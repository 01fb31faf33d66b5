package org.gazetteer.gateway.health;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * What the public health endpoints say: the overall status and each check's name and status. A
 * check's {@code data} (upstream URLs, circuit states, exception names) stays on the management
 * interface and in the log; the public internet learns nothing about the network behind the gateway
 * from it.
 */
final class PublicHealthBody {

  private PublicHealthBody() {}

  /** {@code {"status": …, "checks": [{"name": …, "status": …}]}} of a SmallRye Health payload. */
  static JsonObject of(jakarta.json.JsonObject payload) {
    JsonArray checks = new JsonArray();
    var all = payload.getJsonArray("checks");
    if (all != null) {
      for (JsonValue value : all) {
        jakarta.json.JsonObject check = value.asJsonObject();
        checks.add(
            new JsonObject()
                .put("name", check.getString("name", ""))
                .put("status", check.getString("status", "DOWN")));
      }
    }
    return new JsonObject()
        .put("status", payload.getString("status", "DOWN"))
        .put("checks", checks);
  }
}
