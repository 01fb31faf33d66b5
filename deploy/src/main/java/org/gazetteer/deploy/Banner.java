package org.gazetteer.deploy;

import java.time.Duration;

/** What the launcher prints once the network is ready: where everything is and how to try it. */
final class Banner {

  private Banner() {}

  static String text(NetworkConfig config, Duration readyAfter) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "%nGazetteer Museum Network is ready (%.0f s). Press Ctrl-C to stop everything.%n%n",
            readyAfter.toMillis() / 1000.0));
    addresses(out, config);
    out.append("\nDemo logins (realm gazetteer):\n");
    for (DemoUser user : DemoUser.ALL) {
      out.append(
          String.format(
              "  %-18s %-15s %-19s %s%n",
              user.username(), user.password(), user.role(), user.institution()));
    }
    out.append(examples(config));
    return out.toString();
  }

  private static void addresses(StringBuilder out, NetworkConfig config) {
    Ports ports = config.ports();
    if (config.scope() == Scope.ALL) {
      String gateway = "http://localhost:" + ports.gateway();
      line(out, "Portal", gateway + "/  (search, reading-room map, events, your bookings)");
      line(
          out,
          "Console",
          gateway + "/console  (curators, reading-room staff, organizers, members)");
      line(out, "Gateway", gateway + "/api/…  (the API; health: /q/health)");
      line(out, "API docs", gateway + "/docs  (try it, signed in; the document: /openapi)");
      for (AppSpec app : AppSpec.services(ports)) {
        line(out, app.name(), app.url() + "  (health: /q/health, OpenAPI: /q/openapi)");
      }
    }
    String admin = KeycloakServer.ADMIN_USER + " / " + KeycloakServer.ADMIN_PASSWORD;
    line(
        out, "Keycloak admin", "http://localhost:" + ports.keycloak() + "/admin/  (" + admin + ")");
    line(out, "Token issuer", config.issuer());
    line(out, "PostgreSQL", config.database() + databaseNote(config));
    line(out, "Logs", config.logDir().toString());
    line(out, "Listening on", config.bindAddress() + listeningNote(config));
  }

  private static String databaseNote(NetworkConfig config) {
    return config.database().embedded() ? "  (data: " + config.postgresDataDir() + ")" : "";
  }

  private static String listeningNote(NetworkConfig config) {
    return NetworkConfig.LOOPBACK.equals(config.bindAddress())
        ? "  (this machine only; --bind-address to change)"
        : "  (every interface)";
  }

  private static void line(StringBuilder out, String label, String value) {
    out.append(String.format("  %-15s %s%n", label, value));
  }

  private static String examples(NetworkConfig config) {
    String token =
        """

        Get a token (password grant, local demo client):
          TOKEN=$(curl -s -d grant_type=password -d client_id=gazetteer-cli \\
            -d username=curator.chengdu -d password=curator-demo \\
            %s/protocol/openid-connect/token \\
            | sed -E 's/.*"access_token":"([^"]+)".*/\\1/')
        """
            .formatted(config.issuer());
    if (config.scope() != Scope.ALL) {
      return token;
    }
    return token
        + """

        Create an exhibit through the gateway (a draft of the curator's museum):
          curl -i -X POST http://localhost:%d/api/exhibits \\
            -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \\
            -d '{"inventoryNo": "CD-2026-0001", "title": {"zh": "四川扶贫志", "en": "Sichuan \
        Poverty Alleviation Gazetteer"}, "category": "ANCIENT_BOOKS", "workType": "GAZETTEER", \
        "dating": {"label": "2023"}, "keywords": ["扶贫"]}'
        """
            .formatted(config.ports().gateway());
  }
}
