package org.gazetteer.deploy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/** Finds, before anything starts, the ports that cannot be used and which component wants them. */
final class PortCheck {

  private PortCheck() {}

  /** Component name → port for everything {@code config} starts, in start order. */
  static Map<String, Integer> wanted(NetworkConfig config) {
    Ports ports = config.ports();
    Map<String, Integer> wanted = new LinkedHashMap<>();
    if (config.database().embedded()) {
      wanted.put("postgres", ports.postgres());
    }
    wanted.put("keycloak", ports.keycloak());
    wanted.put("keycloak (management)", ports.keycloakManagement());
    if (config.scope() == Scope.ALL) {
      AppSpec.services(ports).forEach(app -> wanted.put(app.name(), app.port()));
      wanted.put("gateway", ports.gateway());
    }
    return wanted;
  }

  /**
   * One message per problem: a port given to two components, a port out of range, or a port {@code
   * isFree} says is taken.
   */
  static List<String> conflicts(Map<String, Integer> wanted, IntPredicate isFree) {
    List<String> problems = new ArrayList<>();
    Map<Integer, String> owners = new HashMap<>();
    wanted.forEach(
        (component, port) -> {
          String earlier = owners.putIfAbsent(port, component);
          if (port < 1 || port > 65535) {
            problems.add("port " + port + " (" + component + ") is not a valid TCP port");
          } else if (earlier != null) {
            problems.add(
                "port " + port + " is configured for both " + earlier + " and " + component);
          } else if (!isFree.test(port)) {
            problems.add("port " + port + " (" + component + ") is already in use");
          }
        });
    return problems;
  }

  /**
   * Whether a server could listen on {@code address:port} right now, {@code address} being an IP
   * literal such as the network's bind address.
   */
  static boolean isFree(String address, int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getByName(address), port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
