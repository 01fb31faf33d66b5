package org.gazetteer.deploy;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The realm's token rules on real Keycloak, with a throwaway user (so no demo user's session is
 * touched): five-minute access tokens, refresh tokens that work once (rotation, a replay ends the
 * session), and the password grant for the local CLI client only.
 */
@ExtendWith(SharedNetwork.Resolver.class)
class TokenRulesNetworkIT {

  private static final String PASSWORD = "throwaway-e2e-password";

  private NetworkConfig config;
  private KeycloakAdmin admin;
  private String username;
  private String userId;

  @BeforeEach
  void throwawayUser(SharedNetwork network) {
    config = network.config();
    admin = new KeycloakAdmin(config);
    username = "tokens-" + UUID.randomUUID().toString().substring(0, 8);
    userId = admin.createUser(username, PASSWORD);
  }

  @AfterEach
  void deleteUser() {
    admin.deleteUser(userId);
  }

  private String login() {
    return NetworkFixtures.passwordGrant(config, "gazetteer-cli", username, PASSWORD)
        .then()
        .statusCode(200)
        .extract()
        .path("refresh_token");
  }

  private String refresh(String refreshToken) {
    return NetworkFixtures.refreshGrant(config, refreshToken)
        .then()
        .statusCode(200)
        .body("refresh_token", not(equalTo(refreshToken)))
        .body("expires_in", equalTo(300))
        .extract()
        .path("refresh_token");
  }

  @Test
  void accessTokensLiveFiveMinutes() {
    NetworkFixtures.passwordGrant(config, "gazetteer-cli", username, PASSWORD)
        .then()
        .statusCode(200)
        .body("expires_in", equalTo(300))
        .body("access_token", notNullValue());
  }

  @Test
  void eachRefreshAnswersANewRefreshTokenThatWorksInTurn() {
    String second = refresh(login());

    refresh(second);
  }

  @Test
  void aRefreshTokenAlreadyUsedIsRefusedAndEndsTheSession() {
    String first = login();
    String second = refresh(first);

    Response replay = NetworkFixtures.refreshGrant(config, first);
    Response newest = NetworkFixtures.refreshGrant(config, second);

    replay
        .then()
        .statusCode(400)
        .body("error", equalTo("invalid_grant"))
        .body("error_description", equalTo("Maximum allowed refresh token reuse exceeded"));
    newest.then().statusCode(400).body("error", equalTo("invalid_grant"));
  }

  @Test
  void theBrowserClientMayNotUseThePasswordGrant() {
    NetworkFixtures.passwordGrant(config, "gazetteer-web", username, PASSWORD)
        .then()
        .statusCode(400)
        .body("error", equalTo("unauthorized_client"));
  }
}
