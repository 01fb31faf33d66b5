package org.gazetteer.deploy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One packaged Quarkus app of the network: a service or the gateway, its module folder, its port
 * and the environment it is started with.
 *
 * @param name the component name used in messages and for its log file
 * @param module the Maven module folder, relative to the repository root
 * @param port its HTTP port
 * @param gateway whether this is the gateway, which also gets the services' URLs
 */
record AppSpec(String name, String module, int port, boolean gateway) {

  /** The four services, in the order they are listed to users. */
  static List<AppSpec> services(Ports ports) {
    return List.of(
        new AppSpec("museums", "services/museums", ports.museums(), false),
        new AppSpec("reading-rooms", "services/reading-rooms", ports.readingRooms(), false),
        new AppSpec("events", "services/events", ports.events(), false),
        new AppSpec("alliance", "services/alliance", ports.alliance(), false));
  }

  /** The gateway, started once every service is ready. */
  static AppSpec gateway(Ports ports) {
    return new AppSpec("gateway", "gateway", ports.gateway(), true);
  }

  /** The runnable jar {@code mvn package} leaves in the module. */
  Path jar(Path repoRoot) {
    return repoRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
  }

  /** {@code http://localhost:<port>}: where the others reach it, whatever its bind address. */
  String url() {
    return "http://localhost:" + port;
  }

  /** The environment variables this app reads (docs/running.md), on top of the launcher's own. */
  Map<String, String> environment(NetworkConfig config) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("QUARKUS_HTTP_HOST", config.bindAddress());
    env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
    env.put("GAZETTEER_DB_URL", config.database().serviceUrl());
    env.put("GAZETTEER_DB_USER", config.database().user());
    env.put("GAZETTEER_DB_PASSWORD", config.database().password());
    env.put("GAZETTEER_OIDC_URL", config.issuer());
    env.put("GAZETTEER_DEMO_DATA", Boolean.toString(config.demoData()));
    // where the others are: the gateway routes to them, and services read each other's records
    // (events checks venues with museums and reading-rooms) directly, not through the gateway
    Ports ports = config.ports();
    env.put("GAZETTEER_MUSEUMS_URL", "http://localhost:" + ports.museums());
    env.put("GAZETTEER_READING_ROOMS_URL", "http://localhost:" + ports.readingRooms());
    env.put("GAZETTEER_EVENTS_URL", "http://localhost:" + ports.events());
    env.put("GAZETTEER_ALLIANCE_URL", "http://localhost:" + ports.alliance());
    if (gateway) {
      // its management interface (health details, metrics) sits 1000 above, as Keycloak's does:
      // 9080 for 8080, and on a free port's neighbour in tests, never a fixed port of its own
      env.put("GAZETTEER_GATEWAY_MANAGEMENT_PORT", Integer.toString(managementPort(port)));
    }
    return env;
  }

  /** The gateway's management port: its HTTP port + 1000, wrapped into the unprivileged range. */
  static int managementPort(int gatewayPort) {
    int port = gatewayPort + 1000;
    return port <= 65535 ? port : port - 64512;
  }
}
