package org.gazetteer.deploy;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Cheap consistency checks of the realm file against what the launcher prints and DESIGN §4; the
 * end-to-end suite checks real tokens.
 */
class RealmFileTest {

  private static String realm() throws IOException {
    return Files.readString(Path.of("keycloak/gazetteer-realm.json"));
  }

  @Test
  void everyPrintedDemoLoginExistsWithItsPassword() throws IOException {
    String realm = realm();
    for (DemoUser user : DemoUser.ALL) {
      assertTrue(realm.contains("\"username\": \"" + user.username() + "\""), user.username());
      assertTrue(realm.contains("\"value\": \"" + user.password() + "\""), user.password());
    }
  }

  @Test
  void demoPasswordsSatisfyTheRealmPolicy() throws IOException {
    assertTrue(realm().contains("\"passwordPolicy\": \"length(10) and notUsername\""));
    for (DemoUser user : DemoUser.ALL) {
      assertTrue(user.password().length() >= 10, user.username());
      assertNotEquals(user.username(), user.password());
    }
  }

  @Test
  void declaresTheRolesClientsAndAudience() throws IOException {
    String realm = realm();
    for (String role :
        new String[] {
          "network-admin", "curator", "reading-room-staff", "event-organizer", "alliance-member"
        }) {
      assertTrue(realm.contains("\"name\": \"" + role + "\""), role);
    }
    for (String client : new String[] {"gazetteer-cli", "gazetteer-web", "demo-partner-app"}) {
      assertTrue(realm.contains("\"clientId\": \"" + client + "\""), client);
    }
    assertTrue(realm.contains("\"included.custom.audience\": \"gazetteer-api\""));
    assertTrue(realm.contains("\"pkce.code.challenge.method\": \"S256\""));
  }
}
