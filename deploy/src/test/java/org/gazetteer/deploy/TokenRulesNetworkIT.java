package org.gazetteer.deploy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The realm's token rules on real Keycloak, with a throwaway user (so no demo user's session is
 * touched): five-minute access tokens, refresh tokens that work once (rotation, a replay ends the
 * session), and the password grant for the local CLI client only; and the suite's own {@link
 * TokenCache} against the real token endpoint.
 */
@ExtendWith(SharedNetwork.Resolver.class)
class TokenRulesNetworkIT {

  private static final String PASSWORD = "throwaway-e2e-password";

  private NetworkConfig config;
  private String api;
  private KeycloakAdmin admin;
  private String username;
  private String userId;

  @BeforeEach
  void throwawayUser(SharedNetwork network) {
    config = network.config();
    api = network.api();
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
        .body("access_token", lives(300))
        .extract()
        .path("refresh_token");
  }

  /**
   * An access token issued for {@code seconds}: its {@code exp} minus its {@code iat}, as the realm
   * signed them ({@code expires_in} is counted from the moment of answering, so it may read one
   * second less).
   */
  private static Matcher<String> lives(long seconds) {
    return new TypeSafeMatcher<>() {
      @Override
      protected boolean matchesSafely(String token) {
        JsonPath claims = claims(token);
        return claims.getLong("exp") - claims.getLong("iat") == seconds;
      }

      @Override
      public void describeTo(Description description) {
        description.appendText("an access token whose exp - iat is " + seconds + " s");
      }
    };
  }

  private static JsonPath claims(String token) {
    String payload = token.split("\\.")[1];
    return new JsonPath(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
  }

  @Test
  void accessTokensLiveFiveMinutes() {
    NetworkFixtures.passwordGrant(config, "gazetteer-cli", username, PASSWORD)
        .then()
        .statusCode(200)
        .body("expires_in", both(greaterThanOrEqualTo(299)).and(lessThanOrEqualTo(300)))
        .body("access_token", lives(300));
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
  void theSuitesTokenCacheRenewsNearExpiryWithTheRotatedRefreshTokens() {
    AtomicLong clock = new AtomicLong();
    List<String> grants = new ArrayList<>();
    TokenCache cache =
        new TokenCache(
            "gazetteer-cli",
            form -> {
              grants.add(form.get("grant_type"));
              return NetworkFixtures.token(config, form);
            },
            clock::get);
    List<String> bearers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      bearers.add(cache.bearer(username, PASSWORD));
      clock.addAndGet(Duration.ofMinutes(5).toNanos());
    }

    assertEquals(List.of("password", "refresh_token", "refresh_token"), grants);
    assertEquals(3, Set.copyOf(bearers).size());
    given().header("Authorization", bearers.get(2)).get(api + "/museums").then().statusCode(200);
  }

  @Test
  void theBrowserClientMayNotUseThePasswordGrant() {
    NetworkFixtures.passwordGrant(config, "gazetteer-web", username, PASSWORD)
        .then()
        .statusCode(400)
        .body("error", equalTo("unauthorized_client"));
  }
}
