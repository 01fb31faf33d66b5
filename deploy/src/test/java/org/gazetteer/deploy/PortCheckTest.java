package org.gazetteer.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortCheckTest {

  private static final NetworkConfig DEFAULTS = NetworkConfig.defaults(Path.of("/repo"));

  @Test
  void namesTheComponentWhosePortIsTaken() {
    List<String> problems = PortCheck.conflicts(PortCheck.wanted(DEFAULTS), port -> port != 8180);

    assertEquals(List.of("port 8180 (keycloak) is already in use"), problems);
  }

  @Test
  void reportsEveryTakenPort() {
    List<String> problems =
        PortCheck.conflicts(PortCheck.wanted(DEFAULTS), port -> port != 15432 && port != 8082);

    assertEquals(
        List.of(
            "port 15432 (postgres) is already in use",
            "port 8082 (reading-rooms) is already in use"),
        problems);
  }

  @Test
  void reportsAPortGivenToTwoComponents() {
    Ports clash = new Ports(8080, 8080, 8082, 8083, 8084, 8180, 9180, 15432);

    List<String> problems =
        PortCheck.conflicts(PortCheck.wanted(DEFAULTS.withPorts(clash)), port -> true);

    assertEquals(List.of("port 8080 is configured for both museums and gateway"), problems);
  }

  @Test
  void checksEveryComponentOfTheWholeNetworkInStartOrder() {
    assertEquals(
        Map.of(
            "postgres", 15432,
            "keycloak", 8180,
            "keycloak (management)", 9180,
            "museums", 8081,
            "reading-rooms", 8082,
            "events", 8083,
            "alliance", 8084,
            "gateway", 8080),
        PortCheck.wanted(DEFAULTS));
    assertEquals("postgres", PortCheck.wanted(DEFAULTS).keySet().iterator().next());
  }

  @Test
  void infraOnlyWithAnExternalDatabaseChecksKeycloakOnly() {
    NetworkConfig config =
        new NetworkConfig(
            DEFAULTS.repoRoot(),
            DEFAULTS.dataDir(),
            DEFAULTS.logDir(),
            DEFAULTS.ports(),
            DEFAULTS.bindAddress(),
            DatabaseTarget.external("postgresql://db:5432", "u", "p"),
            true,
            Scope.INFRA,
            DEFAULTS.keycloakJavaHome(),
            DEFAULTS.startTimeout());

    assertEquals(Map.of("keycloak", 8180, "keycloak (management)", 9180), PortCheck.wanted(config));
  }

  @Test
  void aPortWithAListenerIsNotFree() throws IOException {
    try (ServerSocket listener = new ServerSocket()) {
      listener.bind(new InetSocketAddress("127.0.0.1", 0));

      assertFalse(PortCheck.isFree("127.0.0.1", listener.getLocalPort()));
    }
  }

  @Test
  void aListenerOnEveryInterfaceTakesTheLoopbackPortToo() throws IOException {
    try (ServerSocket listener = new ServerSocket()) {
      listener.bind(new InetSocketAddress("0.0.0.0", 0));

      assertFalse(PortCheck.isFree("127.0.0.1", listener.getLocalPort()));
    }
  }

  @Test
  void aPortFreeOnTheLoopbackAddressIsFree() throws IOException {
    int port;
    try (ServerSocket probe = new ServerSocket()) {
      probe.bind(new InetSocketAddress("127.0.0.1", 0));
      port = probe.getLocalPort();
    }

    assertTrue(PortCheck.isFree("127.0.0.1", port));
  }
}
