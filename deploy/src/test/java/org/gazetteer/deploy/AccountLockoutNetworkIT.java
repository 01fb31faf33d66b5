package org.gazetteer.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The realm's brute-force detection on real Keycloak: a throwaway user, created through the admin
 * API and deleted afterwards, is locked by the realm's failure factor of wrong passwords and then
 * refused even with the right one, with the same answer as a wrong password.
 */
@ExtendWith(SharedNetwork.Resolver.class)
class AccountLockoutNetworkIT {

  /** The realm's {@code failureFactor}. */
  private static final int FAILURE_FACTOR = 5;

  private static final String PASSWORD = "throwaway-e2e-password";

  private NetworkConfig config;
  private KeycloakAdmin admin;
  private String username;
  private String userId;

  @BeforeEach
  void throwawayUser(SharedNetwork network) {
    config = network.config();
    admin = new KeycloakAdmin(config);
    username = "lockout-" + UUID.randomUUID().toString().substring(0, 8);
    userId = admin.createUser(username, PASSWORD);
  }

  @AfterEach
  void deleteUser() {
    admin.deleteUser(userId);
  }

  private List<String> failTimes(int times) {
    List<String> answers = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      answers.add(
          answer(
              NetworkFixtures.passwordGrant(
                  config, "gazetteer-cli", username, "wrong-password-" + i)));
    }
    return answers;
  }

  private static String answer(Response response) {
    JsonPath body = response.jsonPath();
    return response.statusCode() + " " + body.getString("error");
  }

  @Test
  void oneFailureLessThanTheFactorLeavesTheAccountOpen() {
    List<String> answers = failTimes(FAILURE_FACTOR - 1);
    JsonPath status = admin.bruteForceStatus(userId);

    assertEquals(Collections.nCopies(FAILURE_FACTOR - 1, "400 invalid_grant"), answers);
    assertEquals(FAILURE_FACTOR - 1, status.getInt("numFailures"));
    assertFalse(status.getBoolean("disabled"));
  }

  @Test
  void theFactorOfWrongPasswordsLocksTheAccountEvenForTheRightPassword() {
    failTimes(FAILURE_FACTOR);
    Response right = NetworkFixtures.passwordGrant(config, "gazetteer-cli", username, PASSWORD);
    JsonPath status = admin.bruteForceStatus(userId);

    assertTrue(status.getBoolean("disabled"));
    assertEquals(FAILURE_FACTOR, status.getInt("numFailures"));
    assertEquals("400 invalid_grant", answer(right));
    assertEquals("Invalid user credentials", right.jsonPath().getString("error_description"));
  }

  @Test
  void aSuccessfulLoginBeforeTheLockResetsTheFailureCount() {
    List<String> wrong = failTimes(FAILURE_FACTOR - 1);
    Response right = NetworkFixtures.passwordGrant(config, "gazetteer-cli", username, PASSWORD);
    JsonPath status = admin.bruteForceStatus(userId);

    assertEquals(Collections.nCopies(FAILURE_FACTOR - 1, "400 invalid_grant"), wrong);
    assertEquals(200, right.statusCode(), right.asString());
    assertEquals(0, status.getInt("numFailures"));
    assertFalse(status.getBoolean("disabled"));
  }
}
