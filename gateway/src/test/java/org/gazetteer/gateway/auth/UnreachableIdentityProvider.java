package org.gazetteer.gateway.auth;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/** Points the gateway at a Keycloak that is down: its port is closed. */
public class UnreachableIdentityProvider implements QuarkusTestResourceLifecycleManager {

  @Override
  public Map<String, String> start() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return Map.of(
          "quarkus.oidc.auth-server-url",
          "http://localhost:" + socket.getLocalPort() + "/realms/gazetteer");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void stop() {}
}
