package org.gazetteer.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cheap consistency checks of the realm file against what the launcher prints,
 * docs/identity-and-access.md and the realm rules in the deploy README; the end-to-end suite checks
 * real tokens and the lockout.
 */
class RealmFileTest {

  private static String text;
  private static JsonNode realm;

  @BeforeAll
  static void read() throws IOException {
    text = Files.readString(Path.of("keycloak/gazetteer-realm.json"));
    realm = new ObjectMapper().readTree(text);
  }

  private static JsonNode user(String username) {
    for (JsonNode user : realm.path("users")) {
      if (user.path("username").asText().equals(username)) {
        return user;
      }
    }
    throw new AssertionError("no user " + username);
  }

  @Test
  void everyPrintedDemoLoginExistsWithItsPassword() {
    for (DemoUser demo : DemoUser.ALL) {
      JsonNode credential = user(demo.username()).path("credentials").path(0);
      assertEquals("password", credential.path("type").asText(), demo.username());
      assertEquals(demo.password(), credential.path("value").asText(), demo.username());
      assertFalse(credential.path("temporary").asBoolean(), demo.username());
    }
  }

  @Test
  void demoPasswordsSatisfyTheRealmPolicy() {
    assertEquals("length(10) and notUsername and notEmail", realm.path("passwordPolicy").asText());
    for (DemoUser demo : DemoUser.ALL) {
      String email = user(demo.username()).path("email").asText();
      assertTrue(demo.password().length() >= 10, demo.username());
      assertNotEquals(demo.username().toLowerCase(), demo.password().toLowerCase());
      assertNotEquals(email.toLowerCase(), demo.password().toLowerCase(), demo.username());
    }
  }

  @Test
  void visitorsRegisterThemselvesAndTheLoginPagesSpeakChineseFirst() {
    assertTrue(realm.path("registrationAllowed").asBoolean());
    // no mail server in the demo realm, so no verification mail can be sent
    assertTrue(realm.path("smtpServer").isMissingNode() || realm.path("smtpServer").isEmpty());
    assertFalse(realm.path("verifyEmail").asBoolean());
    assertTrue(realm.path("internationalizationEnabled").asBoolean());
    assertEquals("zh-CN", realm.path("defaultLocale").asText());
    assertEquals(List.of("zh-CN", "en"), strings(realm.path("supportedLocales")));
  }

  @Test
  void aSelfRegisteredAccountGetsNoRoleOfTheNetwork() {
    // Keycloak gives new accounts the realm's default role; the file names none of its own, so
    // Keycloak's default (offline_access, uma_authorization) applies: none of the network's roles.
    assertTrue(
        realm.path("defaultRole").isMissingNode(), "the realm keeps Keycloak's default role");
    for (JsonNode role : realm.path("roles").path("realm")) {
      assertTrue(role.path("composites").isMissingNode(), role.path("name").asText());
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }

  @Test
  void repeatedFailedLoginsLockAnAccountForAWhileNotForever() {
    Map<String, Object> expected =
        Map.of(
            "bruteForceProtected", true,
            "permanentLockout", false,
            "bruteForceStrategy", "MULTIPLE",
            "failureFactor", 5,
            "waitIncrementSeconds", 300,
            "maxFailureWaitSeconds", 900,
            "maxDeltaTimeSeconds", 43_200,
            "quickLoginCheckMilliSeconds", 0,
            "minimumQuickLoginWaitSeconds", 0);
    expected.forEach(
        (field, value) -> assertEquals(value.toString(), realm.path(field).asText(), field));
  }

  @Test
  void accessTokensLiveFiveMinutesAndRefreshTokensAreSingleUse() {
    assertEquals(300, realm.path("accessTokenLifespan").asInt());
    assertTrue(realm.path("revokeRefreshToken").asBoolean());
    assertEquals(0, realm.path("refreshTokenMaxReuse").asInt(-1));
  }

  @Test
  void onlyTheLocalCliClientMayUseThePasswordGrant() {
    List<String> withPasswordGrant = new ArrayList<>();
    for (JsonNode client : realm.path("clients")) {
      if (client.path("directAccessGrantsEnabled").asBoolean(true)) {
        withPasswordGrant.add(client.path("clientId").asText());
      }
    }
    assertEquals(List.of("gazetteer-cli"), withPasswordGrant);
  }

  /**
   * Swagger UI at the gateway's /docs signs in with the public web client: its redirect page is
   * named on its own (so that it stays allowed if the catch-all redirect is ever narrowed), and the
   * gateway's origin may call the token endpoint (CORS).
   */
  @Test
  void theDocsPageMaySignInWithTheWebClient() {
    JsonNode web = null;
    for (JsonNode client : realm.path("clients")) {
      if (client.path("clientId").asText().equals("gazetteer-web")) {
        web = client;
      }
    }
    assertTrue(web != null, "no gazetteer-web client");
    assertTrue(web.path("publicClient").asBoolean());
    assertTrue(web.path("standardFlowEnabled").asBoolean());
    assertEquals("S256", web.path("attributes").path("pkce.code.challenge.method").asText());
    List<String> redirects = new ArrayList<>();
    web.path("redirectUris").forEach(uri -> redirects.add(uri.asText()));
    List<String> origins = new ArrayList<>();
    web.path("webOrigins").forEach(origin -> origins.add(origin.asText()));
    assertTrue(
        redirects.contains("http://localhost:8080/docs/oauth2-redirect.html"), redirects::toString);
    assertTrue(origins.contains("http://localhost:8080"), origins::toString);
  }

  @Test
  void declaresTheRolesClientsAndAudience() {
    List<String> roles = new ArrayList<>();
    realm.path("roles").path("realm").forEach(role -> roles.add(role.path("name").asText()));
    List<String> clients = new ArrayList<>();
    realm.path("clients").forEach(client -> clients.add(client.path("clientId").asText()));

    assertEquals(
        List.of(
            "network-admin", "curator", "reading-room-staff", "event-organizer", "alliance-member"),
        roles);
    assertEquals(List.of("gazetteer-cli", "gazetteer-web", "demo-partner-app"), clients);
    assertTrue(text.contains("\"included.custom.audience\": \"gazetteer-api\""));
    assertTrue(text.contains("\"pkce.code.challenge.method\": \"S256\""));
  }
}
