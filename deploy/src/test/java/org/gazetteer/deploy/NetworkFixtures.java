package org.gazetteer.deploy;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Real Keycloak tokens and request bodies for the end-to-end suite. */
final class NetworkFixtures {

  private NetworkFixtures() {}

  /** A token from the realm with the password grant of the demo CLI client. */
  static String bearer(NetworkConfig config, String username) {
    String password =
        DemoUser.ALL.stream()
            .filter(u -> u.username().equals(username))
            .findFirst()
            .orElseThrow()
            .password();
    String token =
        given()
            .contentType(ContentType.URLENC)
            .formParam("grant_type", "password")
            .formParam("client_id", "gazetteer-cli")
            .formParam("username", username)
            .formParam("password", password)
            .post(config.issuer() + "/protocol/openid-connect/token")
            .then()
            .statusCode(200)
            .extract()
            .path("access_token");
    return "Bearer " + token;
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

  static Response post(String url, String bearer, Object body) {
    var request = given().contentType(ContentType.JSON).body(body);
    if (bearer != null) {
      request.header("Authorization", bearer);
    }
    return request.post(url);
  }
}
