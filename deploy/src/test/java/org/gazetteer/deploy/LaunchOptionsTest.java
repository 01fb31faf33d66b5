package org.gazetteer.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

  private static final Path REPO = Path.of("/work/repo");

  private static NetworkConfig parse(Map<String, String> env, String... args) {
    return LaunchOptions.parse(List.of(args), env, REPO).orElseThrow();
  }

  @Test
  void usesTheDocumentedDefaultsWithoutOptionsOrEnvironment() {
    NetworkConfig config = parse(Map.of());

    assertEquals(Ports.defaults(), config.ports());
    assertEquals(DatabaseTarget.embedded(15432), config.database());
    assertEquals(REPO.resolve(".data"), config.dataDir());
    assertEquals(REPO.resolve(".data/logs"), config.logDir());
    assertTrue(config.demoData());
    assertEquals(Scope.ALL, config.scope());
    assertEquals(Duration.ofSeconds(300), config.startTimeout());
    assertEquals(Optional.empty(), config.keycloakJavaHome());
    assertEquals("127.0.0.1", config.bindAddress());
  }

  @Test
  void bindAddressComesFromTheOptionOverItsEnvironmentVariable() {
    assertEquals("0.0.0.0", parse(Map.of(), "--bind-address", "0.0.0.0").bindAddress());
    assertEquals("0.0.0.0", parse(Map.of("GAZETTEER_BIND_ADDRESS", "0.0.0.0")).bindAddress());
    assertEquals(
        "127.0.0.1",
        parse(Map.of("GAZETTEER_BIND_ADDRESS", "0.0.0.0"), "--bind-address=127.0.0.1")
            .bindAddress());
  }

  @Test
  void anotherBindAddressKeepsTheLocalhostIssuer() {
    NetworkConfig config = parse(Map.of(), "--bind-address", "0.0.0.0");

    assertEquals("http://localhost:8180/realms/gazetteer", config.issuer());
  }

  @Test
  void bindAddressThatLocalhostCannotReachIsRejected() {
    UsageException e =
        assertThrows(
            UsageException.class, () -> parse(Map.of("GAZETTEER_BIND_ADDRESS", "192.168.1.20")));

    assertTrue(
        e.getMessage().startsWith("GAZETTEER_BIND_ADDRESS must be 127.0.0.1"), e.getMessage());
    assertTrue(e.getMessage().contains("'192.168.1.20'"), e.getMessage());
  }

  @Test
  void optionWinsOverItsEnvironmentVariable() {
    NetworkConfig config =
        parse(Map.of("GAZETTEER_GATEWAY_PORT", "9000"), "--gateway-port", "9100");

    assertEquals(9100, config.ports().gateway());
  }

  @Test
  void environmentVariableSetsAPortWithoutOption() {
    NetworkConfig config = parse(Map.of("GAZETTEER_KEYCLOAK_PORT", "18180"));

    assertEquals(18180, config.ports().keycloak());
    assertEquals("http://localhost:18180/realms/gazetteer", config.issuer());
  }

  @Test
  void embeddedDatabaseFollowsThePostgresPortGivenWithEquals() {
    NetworkConfig config = parse(Map.of(), "--pg-port=25432");

    assertEquals(DatabaseTarget.embedded(25432), config.database());
  }

  @Test
  void externalDatabaseComesFromTheEnvironment() {
    NetworkConfig config =
        parse(
            Map.of(
                "GAZETTEER_DB_URL", "postgresql://db.example:6543",
                "GAZETTEER_DB_USER", "gazetteer",
                "GAZETTEER_DB_PASSWORD", "secret"));

    assertFalse(config.database().embedded());
    assertEquals("postgresql://db.example:6543", config.database().serviceUrl());
    assertEquals("gazetteer", config.database().user());
    assertEquals("secret", config.database().password());
  }

  @Test
  void externalDatabaseOptionOverridesTheEnvironment() {
    NetworkConfig config =
        parse(
            Map.of("GAZETTEER_DB_URL", "postgresql://env-host:5432", "GAZETTEER_DB_USER", "u"),
            "--db-url",
            "postgresql://option-host:5433");

    assertEquals("option-host", config.database().host());
    assertEquals(5433, config.database().port());
  }

  @Test
  void externalDatabaseWithoutUserIsRejected() {
    UsageException e =
        assertThrows(
            UsageException.class, () -> parse(Map.of(), "--db-url", "postgresql://h:5432"));

    assertTrue(e.getMessage().contains("GAZETTEER_DB_USER"), e.getMessage());
  }

  @Test
  void nonNumericPortNamesWhereItCameFrom() {
    UsageException e =
        assertThrows(UsageException.class, () -> parse(Map.of("GAZETTEER_MUSEUMS_PORT", "eighty")));

    assertTrue(
        e.getMessage().startsWith("GAZETTEER_MUSEUMS_PORT must be a number"), e.getMessage());
  }

  @Test
  void portOutOfRangeIsRejected() {
    UsageException e =
        assertThrows(UsageException.class, () -> parse(Map.of(), "--pg-port", "70000"));

    assertTrue(e.getMessage().contains("1 to 65535"), e.getMessage());
  }

  @Test
  void unknownOptionIsRejected() {
    UsageException e = assertThrows(UsageException.class, () -> parse(Map.of(), "--port", "1"));

    assertEquals("unknown option '--port'", e.getMessage());
  }

  @Test
  void optionWithoutValueIsRejected() {
    UsageException e = assertThrows(UsageException.class, () -> parse(Map.of(), "--data-dir"));

    assertEquals("--data-dir needs a value", e.getMessage());
  }

  @Test
  void helpAsksForNoNetwork() {
    assertEquals(Optional.empty(), LaunchOptions.parse(List.of("--help"), Map.of(), REPO));
  }

  @Test
  void onlyInfraStartsPostgresAndKeycloakOnly() {
    assertEquals(Scope.INFRA, parse(Map.of(), "--only", "infra").scope());
  }

  @Test
  void unknownScopeIsRejected() {
    assertThrows(UsageException.class, () -> parse(Map.of(), "--only", "services"));
  }

  @Test
  void demoDataCanBeTurnedOffByFlagOrEnvironment() {
    assertFalse(parse(Map.of(), "--no-demo-data").demoData());
    assertFalse(parse(Map.of("GAZETTEER_DEMO_DATA", "false")).demoData());
  }

  @Test
  void logsFollowAMovedDataFolderUnlessGivenTheirOwn() {
    NetworkConfig moved = parse(Map.of(), "--data-dir", "/srv/gazetteer");
    NetworkConfig separate =
        parse(Map.of("GAZETTEER_LOG_DIR", "/var/log/gz"), "--data-dir", "/srv/g");

    assertEquals(Path.of("/srv/gazetteer/logs"), moved.logDir());
    assertEquals(Path.of("/srv/gazetteer/postgres"), moved.postgresDataDir());
    assertEquals(Path.of("/var/log/gz"), separate.logDir());
  }

  @Test
  void timeoutAndKeycloakJdkComeFromTheEnvironment() {
    NetworkConfig config =
        parse(
            Map.of(
                "GAZETTEER_START_TIMEOUT", "90",
                "GAZETTEER_KEYCLOAK_JAVA_HOME", "/opt/jdk-21"));

    assertEquals(Duration.ofSeconds(90), config.startTimeout());
    assertEquals(Optional.of(Path.of("/opt/jdk-21")), config.keycloakJavaHome());
  }
}
