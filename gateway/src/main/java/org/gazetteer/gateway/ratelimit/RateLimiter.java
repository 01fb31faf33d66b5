package org.gazetteer.gateway.ratelimit;

import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.gazetteer.common.http.HttpProblems;
import org.gazetteer.common.problem.ProblemType;
import org.gazetteer.gateway.config.GatewayConfig;
import org.gazetteer.gateway.identity.RequestCaller;
import org.jboss.logging.Logger;

/**
 * Counts each {@code /api} request against its caller's token bucket: per user, per registered
 * client, per anonymous IP address, each with its tier from configuration. Every answer carries
 * {@code RateLimit-Policy} and {@code RateLimit} (draft-ietf-httpapi-ratelimit-headers); over the
 * limit the request is a 429 problem of type {@code quota-exceeded} with {@code Retry-After}, and
 * goes no further. When the buckets cannot be reached (Redis down), requests pass unlimited and
 * that is logged: the limiter protects the network, it must not take it down.
 */
@ApplicationScoped
public class RateLimiter implements Handler<RoutingContext> {

  private static final Logger LOG = Logger.getLogger(RateLimiter.class);

  private final Map<String, Tier> tiers = new HashMap<>();
  private final GatewayConfig.RateLimit config;
  private final Buckets buckets;

  RateLimiter(GatewayConfig gateway) {
    this.config = gateway.rateLimit();
    config.tiers().forEach((name, t) -> tiers.put(name, new Tier(name, t.quota(), t.window())));
    for (String name :
        new String[] {config.anonymousTier(), config.userTier(), config.clientTier()}) {
      tier(name, "gateway.rate-limit tier");
    }
    config.clients().forEach((client, name) -> tier(name, "gateway.rate-limit.clients." + client));
    Duration longest =
        tiers.values().stream().map(Tier::window).max(Duration::compareTo).orElseThrow();
    this.buckets =
        config
            .redisUrl()
            .<Buckets>map(RedisBuckets::new)
            .orElseGet(() -> new LocalBuckets(config.maxBuckets(), longest));
  }

  /** The tiers, for the API document. */
  public Map<String, Tier> tiers() {
    return Map.copyOf(tiers);
  }

  private Tier tier(String name, String key) {
    Tier tier = tiers.get(name);
    if (tier == null) {
      throw new IllegalStateException(
          key + " names no tier: " + name + "; tiers are " + tiers.keySet());
    }
    return tier;
  }

  @Override
  public void handle(RoutingContext rc) {
    RequestCaller caller = RequestCaller.of(rc);
    Tier tier =
        switch (caller.kind()) {
          case ANONYMOUS -> tiers.get(config.anonymousTier());
          case USER -> tiers.get(config.userTier());
          case CLIENT -> tiers.get(config.clients().getOrDefault(caller.id(), config.clientTier()));
        };
    String key = caller.kind().name().toLowerCase(Locale.ROOT) + ":" + caller.id();
    CompletableFuture<Probe> probe = buckets.consume(key, tier).toCompletableFuture();
    if (probe.isDone()) {
      // In process: answered at once, on this event loop.
      probe.whenComplete((p, failure) -> answer(rc, tier, p, failure));
      return;
    }
    // From Redis: the body waits (paused) until the answer is back on this request's event loop.
    rc.request().pause();
    Context context = Vertx.currentContext();
    probe.whenComplete(
        (p, failure) -> context.runOnContext(ignored -> answer(rc, tier, p, failure)));
  }

  private static void answer(RoutingContext rc, Tier tier, Probe probe, Throwable failure) {
    if (failure != null) {
      LOG.warnf(
          "Rate limit %s not checked, request let through: %s", tier.name(), failure.toString());
      rc.next();
      return;
    }
    rc.response().putHeader("RateLimit-Policy", tier.policy());
    rc.response()
        .putHeader(
            "RateLimit",
            "\""
                + tier.name()
                + "\";r="
                + probe.remaining()
                + ";t="
                + seconds(probe.nanosToReset()));
    if (probe.consumed()) {
      rc.next();
      return;
    }
    long retry = Math.max(1, seconds(probe.nanosToRetry()));
    rc.response().putHeader("Retry-After", Long.toString(retry));
    HttpProblems.send(
        rc,
        ProblemType.QUOTA_EXCEEDED,
        "Over the rate limit of policy \""
            + tier.name()
            + "\" ("
            + tier.quota()
            + " requests per "
            + tier.window().toSeconds()
            + " s); try again in "
            + retry
            + " s");
  }

  private static long seconds(long nanos) {
    return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
  }

  @PreDestroy
  void close() {
    buckets.close();
  }
}
