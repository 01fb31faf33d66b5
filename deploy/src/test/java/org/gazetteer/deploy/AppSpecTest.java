package org.gazetteer.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppSpecTest {

  private static final NetworkConfig CONFIG = NetworkConfig.defaults(Path.of("/repo"));

  @Test
  void servicesGetTheirPortDatabaseIssuerAndDemoFlag() {
    AppSpec museums = AppSpec.services(CONFIG.ports()).get(0);

    assertEquals(
        Map.ofEntries(
            Map.entry("QUARKUS_HTTP_HOST", "127.0.0.1"),
            Map.entry("QUARKUS_HTTP_PORT", "8081"),
            Map.entry("GAZETTEER_DB_URL", "postgresql://localhost:15432"),
            Map.entry("GAZETTEER_DB_USER", "postgres"),
            Map.entry("GAZETTEER_DB_PASSWORD", "postgres"),
            Map.entry("GAZETTEER_OIDC_URL", "http://localhost:8180/realms/gazetteer"),
            Map.entry("GAZETTEER_DEMO_DATA", "true"),
            Map.entry("GAZETTEER_MUSEUMS_URL", "http://localhost:8081"),
            Map.entry("GAZETTEER_READING_ROOMS_URL", "http://localhost:8082"),
            Map.entry("GAZETTEER_EVENTS_URL", "http://localhost:8083"),
            Map.entry("GAZETTEER_ALLIANCE_URL", "http://localhost:8084")),
        museums.environment(CONFIG));
  }

  @Test
  void gatewayAlsoGetsEveryServiceUrl() {
    Map<String, String> env = AppSpec.gateway(CONFIG.ports()).environment(CONFIG);

    assertEquals("8080", env.get("QUARKUS_HTTP_PORT"));
    assertEquals("http://localhost:8081", env.get("GAZETTEER_MUSEUMS_URL"));
    assertEquals("http://localhost:8082", env.get("GAZETTEER_READING_ROOMS_URL"));
    assertEquals("http://localhost:8083", env.get("GAZETTEER_EVENTS_URL"));
    assertEquals("http://localhost:8084", env.get("GAZETTEER_ALLIANCE_URL"));
    assertEquals("9080", env.get("GAZETTEER_GATEWAY_MANAGEMENT_PORT"));
  }

  @Test
  void theGatewaysManagementPortFollowsItsPortAndStaysAPort() {
    assertEquals(9080, AppSpec.managementPort(8080));
    assertEquals(1535, AppSpec.managementPort(65047));
  }

  @Test
  void everyServiceAndTheGatewayListenOnTheBindAddressButAreReachedAtLocalhost() {
    NetworkConfig everywhere = CONFIG.withBindAddress("0.0.0.0");
    List<AppSpec> apps = new ArrayList<>(AppSpec.services(everywhere.ports()));
    apps.add(AppSpec.gateway(everywhere.ports()));

    for (AppSpec app : apps) {
      assertEquals("0.0.0.0", app.environment(everywhere).get("QUARKUS_HTTP_HOST"), app.name());
      assertEquals(
          "http://localhost:8180/realms/gazetteer",
          app.environment(everywhere).get("GAZETTEER_OIDC_URL"));
    }
    assertEquals(
        "http://localhost:8081",
        AppSpec.gateway(everywhere.ports()).environment(everywhere).get("GAZETTEER_MUSEUMS_URL"));
  }

  @Test
  void servicesFindEachOtherDirectly() {
    Map<String, String> events = AppSpec.services(CONFIG.ports()).get(2).environment(CONFIG);

    assertEquals("http://localhost:8081", events.get("GAZETTEER_MUSEUMS_URL"));
    assertEquals("http://localhost:8082", events.get("GAZETTEER_READING_ROOMS_URL"));
    assertFalse(events.containsKey("GAZETTEER_GATEWAY_MANAGEMENT_PORT"));
  }

  @Test
  void eachAppRunsItsModulesQuarkusRunJar() {
    List<Path> jars =
        AppSpec.services(CONFIG.ports()).stream().map(app -> app.jar(Path.of("/repo"))).toList();

    assertEquals(
        List.of(
            Path.of("/repo/services/museums/target/quarkus-app/quarkus-run.jar"),
            Path.of("/repo/services/reading-rooms/target/quarkus-app/quarkus-run.jar"),
            Path.of("/repo/services/events/target/quarkus-app/quarkus-run.jar"),
            Path.of("/repo/services/alliance/target/quarkus-app/quarkus-run.jar")),
        jars);
    assertEquals(
        Path.of("/repo/gateway/target/quarkus-app/quarkus-run.jar"),
        AppSpec.gateway(CONFIG.ports()).jar(Path.of("/repo")));
  }
}
