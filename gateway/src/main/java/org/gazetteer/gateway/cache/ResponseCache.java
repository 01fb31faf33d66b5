package org.gazetteer.gateway.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.gazetteer.gateway.config.GatewayConfig;
import org.gazetteer.gateway.proxy.UpstreamReads;
import org.gazetteer.gateway.routing.Route;
import org.gazetteer.gateway.routing.RouteTable;

/**
 * A short-lived cache of anonymous reads of public data, in front of the proxy. A fresh entry is
 * served at once ({@code X-Cache: HIT}); an expired one, for a bounded while, too ({@code STALE})
 * while one refresh runs; concurrent misses of one key make one upstream call, the others waiting
 * for its answer ({@code MISS}). Bounded by the bytes it holds; entries a route's TTL old are gone.
 */
@ApplicationScoped
public class ResponseCache implements Handler<RoutingContext> {

  /** The header that says how a response was served. */
  static final String X_CACHE = "X-Cache";

  private final RouteTable routes;
  private final UpstreamReads reads;
  private final GatewayConfig.Cache config;
  private final Cache<String, CachedResponse> entries;
  private final Map<String, Future<CachedResponse>> inflight = new ConcurrentHashMap<>();

  ResponseCache(RouteTable routes, UpstreamReads reads, GatewayConfig gateway) {
    this.routes = routes;
    this.reads = reads;
    this.config = gateway.cache();
    this.entries =
        Caffeine.newBuilder()
            .maximumWeight(config.maxBytes())
            .<String, CachedResponse>weigher((key, entry) -> entry.weight() + key.length())
            .expireAfter(
                new Expiry<String, CachedResponse>() {
                  @Override
                  public long expireAfterCreate(String key, CachedResponse e, long now) {
                    return Math.max(0, e.staleUntil() - System.nanoTime());
                  }

                  @Override
                  public long expireAfterUpdate(
                      String key, CachedResponse e, long now, long current) {
                    return expireAfterCreate(key, e, now);
                  }

                  @Override
                  public long expireAfterRead(
                      String key, CachedResponse e, long now, long current) {
                    return current;
                  }
                })
            .build();
  }

  @Override
  public void handle(RoutingContext rc) {
    String path = rc.normalizedPath();
    Route route = routes.resolve(path).orElse(null);
    if (route == null) {
      rc.next();
      return;
    }
    serve(
        rc,
        route.name(),
        route.cacheTtl(),
        () -> reads.get(rc, route, config.maxEntryBytes()),
        failure -> reads.answerFailure(rc, route, failure));
  }

  /** Whether the cache may answer {@code rc} for entries fresh for {@code ttl}. */
  public boolean accepts(RoutingContext rc, Duration ttl) {
    return config.enabled() && CacheRules.cacheable(rc.request(), ttl);
  }

  /**
   * Answers {@code rc} from the cache when it may, else from {@code source} (keeping what may be
   * kept); {@code onFailure} answers when the source fails. An answer the cache may not serve goes
   * on to the next handler.
   *
   * @param name what the entries are of (a route's name, {@code search}), part of the key
   * @param ttl how long they are fresh; zero for never kept
   */
  public void serve(
      RoutingContext rc,
      String name,
      Duration ttl,
      Supplier<Future<UpstreamReads.Read>> source,
      Consumer<Throwable> onFailure) {
    if (!accepts(rc, ttl)) {
      rc.next();
      return;
    }
    String key = CacheRules.key(rc.request(), name, rc.normalizedPath());
    CachedResponse kept = entries.getIfPresent(key);
    long now = System.nanoTime();
    if (kept != null && now < kept.freshUntil()) {
      serve(rc, kept, "HIT");
    } else if (kept != null && now < kept.staleUntil()) {
      serve(rc, kept, "STALE");
      refresh(key, ttl, source);
    } else {
      Future<CachedResponse> running = inflight.get(key);
      if (running != null) {
        await(rc, running);
      } else {
        lead(key, rc, ttl, source, onFailure);
      }
    }
  }

  /** This request asks the source; others of the same key wait for its answer. */
  private void lead(
      String key,
      RoutingContext rc,
      Duration ttl,
      Supplier<Future<UpstreamReads.Read>> source,
      Consumer<Throwable> onFailure) {
    Promise<CachedResponse> answer = Promise.promise();
    if (inflight.putIfAbsent(key, answer.future()) != null) {
      await(rc, inflight.get(key));
      return;
    }
    source
        .get()
        .onComplete(
            result -> {
              if (result.failed()) {
                inflight.remove(key);
                answer.complete(null);
                onFailure.accept(result.cause());
                return;
              }
              UpstreamReads.Read read = result.result();
              CachedResponse entry = keep(key, ttl, read);
              inflight.remove(key);
              answer.complete(entry);
              if (read.oversize()) {
                rc.next();
              } else if (entry != null) {
                serve(rc, entry, "MISS");
              } else {
                rc.response().setStatusCode(read.status());
                UpstreamReads.copyHeaders(read.headers(), rc.response().headers());
                rc.response().headers().remove("Content-Length");
                rc.response().putHeader(X_CACHE, "MISS").end(read.body());
              }
            });
  }

  /** A refresh of a stale entry, unless one already runs; nobody waits for it. */
  private void refresh(String key, Duration ttl, Supplier<Future<UpstreamReads.Read>> source) {
    Promise<CachedResponse> answer = Promise.promise();
    if (inflight.putIfAbsent(key, answer.future()) != null) {
      return;
    }
    source
        .get()
        .onComplete(
            result -> {
              CachedResponse entry = result.succeeded() ? keep(key, ttl, result.result()) : null;
              inflight.remove(key);
              answer.complete(entry);
            });
  }

  /** Keeps a storable answer; null when it may not be kept. */
  private CachedResponse keep(String key, Duration ttl, UpstreamReads.Read read) {
    if (read.oversize() || !CacheRules.storable(read.status(), read.headers())) {
      return null;
    }
    long fresh = CacheRules.ttl(ttl, read.headers()).toNanos();
    if (fresh <= 0) {
      return null;
    }
    long stale = config.staleWhileRevalidate().toNanos();
    CachedResponse entry =
        CachedResponse.of(
            read.status(), read.headers(), read.body(), System.nanoTime(), fresh, stale);
    entries.put(key, entry);
    return entry;
  }

  /** Waits for the leader's answer, on this request's own event loop. */
  private void await(RoutingContext rc, Future<CachedResponse> running) {
    Context context = Vertx.currentContext();
    running.onComplete(
        result ->
            context.runOnContext(
                ignored -> {
                  CachedResponse entry = result.succeeded() ? result.result() : null;
                  if (entry == null) {
                    rc.next();
                  } else {
                    serve(rc, entry, "MISS");
                  }
                }));
  }

  private static void serve(RoutingContext rc, CachedResponse entry, String how) {
    var out = rc.response();
    if (out.headWritten() || out.closed()) {
      return;
    }
    entry.headers().forEach(h -> out.headers().add(h.getKey(), h.getValue()));
    out.putHeader(X_CACHE, how);
    long age = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - entry.storedAt());
    out.putHeader("Age", Long.toString(age));
    if (CacheRules.notModified(rc.request().getHeader("If-None-Match"), entry.header("ETag"))) {
      out.setStatusCode(304).end();
    } else {
      out.setStatusCode(entry.status()).end(entry.body());
    }
  }
}
