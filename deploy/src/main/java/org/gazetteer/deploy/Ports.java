package org.gazetteer.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * The TCP ports of one network. The defaults are the documented local ports (docs/running.md);
 * tests use {@link #ephemeral()} so they never collide with a running network.
 */
public record Ports(
    int gateway,
    int museums,
    int readingRooms,
    int events,
    int alliance,
    int keycloak,
    int keycloakManagement,
    int postgres) {

  /** Gateway 8080, services 8081–8084, Keycloak 8180 (management 9180), PostgreSQL 15432. */
  public static Ports defaults() {
    return new Ports(8080, 8081, 8082, 8083, 8084, 8180, 9180, 15432);
  }

  /** Ports the operating system reports free right now, for tests. */
  public static Ports ephemeral() {
    return new Ports(
        freePort(),
        freePort(),
        freePort(),
        freePort(),
        freePort(),
        freePort(),
        freePort(),
        freePort());
  }

  /** One port the operating system reports free right now. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port", e);
    }
  }
}
