package org.gazetteer.gateway.search;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gazetteer.common.http.HttpProblems;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.search.SearchQuery;
import org.gazetteer.gateway.cache.ResponseCache;
import org.gazetteer.gateway.config.GatewayConfig;
import org.gazetteer.gateway.proxy.UpstreamReads;
import org.gazetteer.gateway.routing.Route;
import org.gazetteer.gateway.routing.RouteTable;

/**
 * {@code GET /api/search?q=&limit=}: each service's own list search, asked in parallel with a
 * timeout each, in one answer with a section per kind — {@code museums}, {@code exhibits}, {@code
 * readingRooms} (by name, then by holdings), {@code events} (upcoming), {@code resources} (public
 * ones) — each with a link to the full list, and {@code sources} saying how each service answered.
 * A failed or slow service leaves its sections empty and the rest is answered (200). Anonymous
 * answers are cached like other reads (a partial one only briefly); the rate limiter counts the
 * search once, since its parts go to the services directly.
 */
@ApplicationScoped
public class FederatedSearch implements Handler<RoutingContext> {

  static final int DEFAULT_LIMIT = 5;
  static final int MAX_LIMIT = 20;

  /** How long an answer with a section missing is kept: a moment, so that a retry may find all. */
  static final int PARTIAL_MAX_AGE_SECONDS = 5;

  /** One list read of a section, by the path it reads and the service that answers it. */
  private record Part(String section, String source, String path, String parameter, Route route) {}

  /** A part's answer: its items, or the failure that kept them away. */
  private record Answer(Part part, JsonArray items, String status, String problem) {}

  private final List<Part> parts = new ArrayList<>();
  private final UpstreamReads reads;
  private final ResponseCache cache;
  private final GatewayConfig config;
  private final String origin;

  FederatedSearch(
      RouteTable routes, UpstreamReads reads, ResponseCache cache, GatewayConfig config) {
    this.reads = reads;
    this.cache = cache;
    this.config = config;
    this.origin = config.publicUrl().toString().replaceAll("/+$", "");
    part(routes, "museums", "museums", "/api/museums", "q");
    part(routes, "exhibits", "museums", "/api/exhibits", "q");
    part(routes, "readingRooms", "readingRooms", "/api/reading-rooms", "q");
    part(routes, "readingRooms", "readingRooms", "/api/reading-rooms", "holding");
    part(routes, "events", "events", "/api/events", "q");
    part(routes, "resources", "alliance", "/api/alliance/resources?scope=PUBLIC", "q");
  }

  private void part(RouteTable routes, String section, String source, String path, String param) {
    String plain = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    Route route =
        routes
            .resolve(plain)
            .orElseThrow(() -> new IllegalStateException("No route serves " + plain));
    parts.add(new Part(section, source, path, param, route));
  }

  @Override
  public void handle(RoutingContext rc) {
    String q;
    int limit;
    try {
      q = query(rc);
      limit = limit(rc);
    } catch (ProblemException e) {
      HttpProblems.send(rc, e.toProblem());
      return;
    }
    if (cache.accepts(rc, config.search().cacheTtl())) {
      cache.serve(
          rc,
          "search",
          config.search().cacheTtl(),
          () -> search(rc, q, limit),
          failure ->
              HttpProblems.send(rc, ProblemException.unavailable("Search failed", 1).toProblem()));
    } else {
      search(rc, q, limit)
          .onSuccess(
              read -> {
                UpstreamReads.copyHeaders(read.headers(), rc.response().headers());
                rc.response().setStatusCode(read.status()).end(read.body());
              });
    }
  }

  private static String query(RoutingContext rc) {
    List<String> values = rc.queryParam("q");
    if (values.size() != 1 || values.get(0).isBlank()) {
      throw ProblemException.invalid("q", "is required, once");
    }
    SearchQuery.parameter(values.get(0), "q");
    return values.get(0).strip();
  }

  private static int limit(RoutingContext rc) {
    List<String> values = rc.queryParam("limit");
    if (values.isEmpty()) {
      return DEFAULT_LIMIT;
    }
    try {
      int limit = Integer.parseInt(values.get(0));
      if (values.size() == 1 && limit >= 1 && limit <= MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw ProblemException.invalid("limit", "must be one number from 1 to " + MAX_LIMIT);
  }

  /** Every part at once; the answer once all have answered or given up. */
  private Future<UpstreamReads.Read> search(RoutingContext rc, String q, int limit) {
    List<Future<Answer>> answers = new ArrayList<>();
    for (Part part : parts) {
      answers.add(ask(rc, part, q, limit));
    }
    return Future.join(answers)
        .map(done -> answer(q, answers.stream().map(Future::result).toList()));
  }

  private Future<Answer> ask(RoutingContext rc, Part part, String q, int limit) {
    String uri = link(part, q, "") + "&limit=" + limit;
    return reads
        .get(rc, part.route(), uri, cacheBytes(), config.search().timeout(), true)
        .map(
            read -> {
              if (read.oversize() || read.status() != 200) {
                return new Answer(
                    part,
                    new JsonArray(),
                    "error",
                    read.oversize()
                        ? "The answer was too large"
                        : "The service answered HTTP " + read.status());
              }
              try {
                return new Answer(
                    part, read.body().toJsonObject().getJsonArray("items"), "ok", null);
              } catch (RuntimeException e) {
                return new Answer(part, new JsonArray(), "error", "The answer was not a list");
              }
            })
        .otherwise(
            failure ->
                new Answer(
                    part,
                    new JsonArray(),
                    UpstreamReads.timedOut(failure) ? "timeout" : "error",
                    UpstreamReads.problem(failure, part.route(), config.search().timeout())));
  }

  private long cacheBytes() {
    return config.cache().maxEntryBytes();
  }

  private String link(Part part, String q, String base) {
    String separator = part.path().contains("?") ? "&" : "?";
    return base
        + part.path()
        + separator
        + part.parameter()
        + "="
        + URLEncoder.encode(q, StandardCharsets.UTF_8);
  }

  private UpstreamReads.Read answer(String q, List<Answer> answers) {
    JsonObject body = new JsonObject().put("q", q);
    Map<String, List<Answer>> bySection = new LinkedHashMap<>();
    Map<String, Answer> bySource = new LinkedHashMap<>();
    for (Answer a : answers) {
      bySection.computeIfAbsent(a.part().section(), s -> new ArrayList<>()).add(a);
      // A service that answered one part but not another is reported by the part it failed.
      bySource.merge(a.part().source(), a, (was, now) -> "ok".equals(was.status()) ? now : was);
    }
    bySection.forEach(
        (section, parts) ->
            body.put(
                section,
                new JsonObject()
                    .put("items", distinct(parts))
                    .put("more", link(parts.get(0).part(), q, origin))));
    JsonObject sources = new JsonObject();
    bySource.forEach(
        (source, a) -> {
          JsonObject status = new JsonObject().put("status", a.status());
          if (a.problem() != null) {
            status.put("problem", a.problem());
          }
          sources.put(source, status);
        });
    body.put("sources", sources);
    MultiMap headers = MultiMap.caseInsensitiveMultiMap().set("Content-Type", "application/json");
    if (bySource.values().stream().anyMatch(a -> !"ok".equals(a.status()))) {
      headers.set("Cache-Control", "max-age=" + PARTIAL_MAX_AGE_SECONDS);
    }
    return new UpstreamReads.Read(200, headers, Buffer.buffer(body.encode()), false);
  }

  /** The parts' items in order, each record once (by its id, or its code for museums and rooms). */
  private static JsonArray distinct(List<Answer> parts) {
    JsonArray items = new JsonArray();
    Set<Object> seen = new LinkedHashSet<>();
    for (Answer a : parts) {
      for (Object item : a.items()) {
        JsonObject record = (JsonObject) item;
        Object key = record.containsKey("id") ? record.getValue("id") : record.getValue("code");
        if (seen.add(key == null ? record : key)) {
          items.add(record);
        }
      }
    }
    return items;
  }
}
