package org.gazetteer.gateway.health;

import io.smallrye.health.SmallRyeHealth;
import io.smallrye.health.SmallRyeHealthReporter;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.function.Supplier;
import org.gazetteer.common.http.HttpProblems;
import org.gazetteer.common.problem.ProblemType;
import org.jboss.logging.Logger;

/**
 * {@code /q/health}, {@code /q/health/live}, {@code /q/health/ready} and {@code /q/health/started}
 * on the public port: 200 when UP, 503 when DOWN, with only the status and the checks' names and
 * statuses ({@link PublicHealthBody}). SmallRye Health's full answers, with each check's data, are
 * served by the management interface ({@code quarkus.management.*}, bound to 127.0.0.1), together
 * with {@code /q/metrics}. The launcher and load balancers keep polling the public path.
 */
@ApplicationScoped
public class PublicHealth {

  private static final Logger LOG = Logger.getLogger(PublicHealth.class);

  private final SmallRyeHealthReporter reporter;

  PublicHealth(SmallRyeHealthReporter reporter) {
    this.reporter = reporter;
  }

  void register(@Observes Router router) {
    route(router, "/q/health", reporter::getHealthAsync);
    route(router, "/q/health/live", reporter::getLivenessAsync);
    route(router, "/q/health/ready", reporter::getReadinessAsync);
    route(router, "/q/health/started", reporter::getStartupAsync);
  }

  private static void route(Router router, String path, Supplier<Uni<SmallRyeHealth>> health) {
    router
        .route(path)
        .method(HttpMethod.GET)
        .method(HttpMethod.HEAD)
        .handler(rc -> answer(rc, health.get()));
  }

  private static void answer(RoutingContext rc, Uni<SmallRyeHealth> health) {
    health
        .subscribe()
        .with(
            result ->
                rc.response()
                    .setStatusCode(result.isDown() ? 503 : 200)
                    .putHeader("Content-Type", "application/json")
                    .putHeader("Cache-Control", "no-store")
                    .end(PublicHealthBody.of(result.getPayload()).encode()),
            failure -> {
              LOG.warnf("Health checks failed: %s", failure.toString());
              HttpProblems.send(rc, ProblemType.UNAVAILABLE, "The health checks did not finish");
            });
  }
}
