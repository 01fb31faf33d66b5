package org.gazetteer.deploy;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keycloak's admin REST API for the end-to-end suite, as the master realm's bootstrap admin (local
 * only): throwaway users of the {@code gazetteer} realm and their brute-force status.
 */
final class KeycloakAdmin {

  private final String base;
  private final String tokenUrl;

  KeycloakAdmin(NetworkConfig config) {
    String keycloak = "http://localhost:" + config.ports().keycloak();
    this.base = keycloak + "/admin/realms/gazetteer";
    this.tokenUrl = keycloak + "/realms/master/protocol/openid-connect/token";
  }

  /**
   * Creates an enabled user with a complete profile (so no required action blocks its login) and
   * returns its id.
   */
  String createUser(String username, String password) {
    Map<String, Object> user =
        Map.of(
            "username",
            username,
            "enabled",
            true,
            "email",
            username + "@e2e.gazetteer.example",
            "emailVerified",
            true,
            "firstName",
            "End",
            "lastName",
            "ToEnd",
            "credentials",
            List.of(Map.of("type", "password", "value", password, "temporary", false)));
    String location =
        admin()
            .contentType(ContentType.JSON)
            .body(user)
            .post(base + "/users")
            .then()
            .statusCode(201)
            .extract()
            .header("Location");
    return location.substring(location.lastIndexOf('/') + 1);
  }

  /** {@code numFailures}, {@code disabled} (locked), {@code lastFailure} … of a user. */
  JsonPath bruteForceStatus(String userId) {
    return admin()
        .get(base + "/attack-detection/brute-force/users/" + userId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** The ids of the users called {@code username}: one, or none. */
  List<String> userIds(String username) {
    return admin()
        .queryParam("username", username)
        .queryParam("exact", true)
        .get(base + "/users")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("id");
  }

  void deleteUser(String userId) {
    admin().delete(base + "/users/" + userId).then().statusCode(204);
  }

  /**
   * Lets the public web client sign in at {@code origin} (e.g. {@code http://localhost:41234}, the
   * suite's gateway on a free port): redirects to any of its paths, token requests from its pages.
   */
  void allowWebClientAt(String origin) {
    String id =
        admin()
            .queryParam("clientId", "gazetteer-web")
            .get(base + "/clients")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getString("[0].id");
    Map<String, Object> client =
        admin().get(base + "/clients/" + id).then().statusCode(200).extract().jsonPath().getMap("");
    List<String> redirects = new ArrayList<>(stringList(client.get("redirectUris")));
    redirects.add(origin + "/*");
    List<String> origins = new ArrayList<>(stringList(client.get("webOrigins")));
    origins.add(origin);
    Map<String, Object> changed = new HashMap<>(client);
    changed.put("redirectUris", redirects);
    changed.put("webOrigins", origins);
    admin()
        .contentType(ContentType.JSON)
        .body(changed)
        .put(base + "/clients/" + id)
        .then()
        .statusCode(204);
  }

  private static List<String> stringList(Object value) {
    List<String> strings = new ArrayList<>();
    if (value instanceof List<?> list) {
      list.forEach(item -> strings.add(item.toString()));
    }
    return strings;
  }

  /** Master-realm admin tokens live a minute, so each call gets its own. */
  private RequestSpecification admin() {
    String token =
        given()
            .contentType(ContentType.URLENC)
            .formParam("grant_type", "password")
            .formParam("client_id", "admin-cli")
            .formParam("username", KeycloakServer.ADMIN_USER)
            .formParam("password", KeycloakServer.ADMIN_PASSWORD)
            .post(tokenUrl)
            .then()
            .statusCode(200)
            .extract()
            .path("access_token");
    return given().header("Authorization", "Bearer " + token);
  }
}
