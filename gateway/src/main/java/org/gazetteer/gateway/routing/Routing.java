package org.gazetteer.gateway.routing;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.gazetteer.gateway.config.GatewayConfig;

/** The route table as a bean, built once from configuration. */
public class Routing {

  @Produces
  @Singleton
  RouteTable routes(GatewayConfig config) {
    return RouteTable.from(config);
  }
}
