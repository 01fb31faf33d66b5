package org.gazetteer.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeycloakServerTest {

  private static final NetworkConfig CONFIG =
      NetworkConfig.defaults(Path.of("/repo"))
          .withPorts(new Ports(8080, 8081, 8082, 8083, 8084, 18180, 19180, 25432));
  private static final JdkLocator.Choice JDK =
      new JdkLocator.Choice(Path.of("/usr/lib/jvm/jdk-25"), 25, "found");

  @Test
  void startsInDevModeImportingTheRealmWithThePinnedHostName() {
    List<String> command = KeycloakServer.command(CONFIG);

    assertEquals(
        List.of(
            "sh",
            "/repo/deploy/target/keycloak/bin/kc.sh",
            "start-dev",
            "--import-realm",
            "--http-host=127.0.0.1",
            "--http-port=18180",
            "--http-management-host=127.0.0.1",
            "--http-management-port=19180",
            "--hostname=http://localhost:18180",
            "--health-enabled=true"),
        command);
  }

  @Test
  void bothInterfacesListenOnTheBindAddressWhileTheIssuerStaysLocalhost() {
    List<String> command = KeycloakServer.command(CONFIG.withBindAddress("0.0.0.0"));

    assertTrue(command.contains("--http-host=0.0.0.0"), command.toString());
    assertTrue(command.contains("--http-management-host=0.0.0.0"), command.toString());
    assertTrue(command.contains("--hostname=http://localhost:18180"), command.toString());
  }

  @Test
  void databaseAndAdminCredentialsGoThroughTheEnvironment() {
    Map<String, String> env = KeycloakServer.environment(CONFIG, JDK);

    assertEquals("/usr/lib/jvm/jdk-25", env.get("JAVA_HOME"));
    assertEquals("jdbc:postgresql://localhost:25432/keycloak", env.get("KC_DB_URL"));
    assertEquals("postgres", env.get("KC_DB_USERNAME"));
    assertEquals("kcadmin", env.get("KC_BOOTSTRAP_ADMIN_USERNAME"));
    assertEquals("kcadmin-local", env.get("KC_BOOTSTRAP_ADMIN_PASSWORD"));
    assertTrue(env.containsKey("JAVA"), "an inherited JAVA would override JAVA_HOME in kc.sh");
    assertFalse(String.join(" ", KeycloakServer.command(CONFIG)).contains("kcadmin-local"));
  }

  @Test
  void isReadyWhenTheRealmPublishesItsDiscoveryDocument() {
    assertEquals(
        "http://localhost:18180/realms/gazetteer/.well-known/openid-configuration",
        KeycloakServer.readinessUri(CONFIG).toString());
  }
}
