package org.gazetteer.gateway.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gazetteer.gateway.config.GatewayConfig;
import org.gazetteer.gateway.proxy.UpstreamClients;
import org.gazetteer.gateway.routing.RouteTable;
import org.gazetteer.gateway.routing.Upstream;
import org.jboss.logging.Logger;

/**
 * Holds the network's merged API document ({@link NetworkDocument}). It fetches each upstream's own
 * document ({@code /q/openapi}, as JSON) with the gateway's pooled upstream clients at start and
 * again every {@code gateway.openapi.refresh}. A service that does not answer keeps the part last
 * fetched from it, marked stale; one never fetched is missing. The document is merged again, on a
 * worker thread, only when a part or its state changed.
 */
@ApplicationScoped
public class NetworkApiDocument {

  /** Where every service serves its own document (SmallRye OpenAPI, post-processed by common). */
  static final String SOURCE_PATH = "/q/openapi?format=json";

  /** A larger answer is not taken for a document (the largest service's is about 110 KB). */
  private static final int MAX_BYTES = 16 * 1024 * 1024;

  private static final Logger LOG = Logger.getLogger(NetworkApiDocument.class);

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  private static final ObjectMapper YAML = new YAMLMapper();

  private final Vertx vertx;
  private final UpstreamClients clients;
  private final GatewayConfig config;
  private final NetworkDocument.Settings settings;

  /** The parts as of the latest refresh; read and written by one refresh at a time. */
  private final Map<Upstream, SourceDocument> sources = new LinkedHashMap<>();

  /** The services whose latest fetch failed, as logged. */
  private final Set<Upstream> failing = new HashSet<>();

  private final AtomicBoolean refreshing = new AtomicBoolean();
  private final AtomicReference<CompletableFuture<Void>> nextRefresh =
      new AtomicReference<>(new CompletableFuture<>());
  private volatile Rendered current;
  private volatile long timer = -1;

  /** The merged document as JSON and YAML. */
  public record Rendered(String json, String yaml) {}

  NetworkApiDocument(
      Vertx vertx,
      UpstreamClients clients,
      GatewayConfig config,
      RouteTable routes,
      @ConfigProperty(name = "quarkus.application.version", defaultValue = "0.1.0")
          String version) {
    this.vertx = vertx;
    this.clients = clients;
    this.config = config;
    this.settings =
        new NetworkDocument.Settings(
            config.publicUrl(),
            SignIn.configured(),
            routes,
            version,
            config.openapi().refresh(),
            RateLimitDescription.of(config.rateLimit()));
    for (Upstream upstream : routes.upstreams()) {
      sources.put(upstream, SourceDocument.missing(upstream));
    }
    this.current = render(List.copyOf(sources.values()));
  }

  void start(@Observes StartupEvent started) {
    refresh();
    timer = vertx.setPeriodic(config.openapi().refresh().toMillis(), id -> refresh());
  }

  @PreDestroy
  void stop() {
    if (timer >= 0) {
      vertx.cancelTimer(timer);
    }
  }

  /** The document as of the latest refresh. */
  public Rendered current() {
    return current;
  }

  /**
   * Completes once a refresh that starts after this call has fetched every service's document (or
   * failed to) and the document has been merged again.
   */
  public CompletionStage<Void> nextRefresh() {
    return nextRefresh.get().copy();
  }

  /** Fetches every service's document again, unless a refresh is still under way. */
  void refresh() {
    if (!refreshing.compareAndSet(false, true)) {
      return;
    }
    CompletableFuture<Void> done = nextRefresh.getAndSet(new CompletableFuture<>());
    List<Future<Buffer>> fetches = new ArrayList<>();
    for (Upstream upstream : sources.keySet()) {
      fetches.add(fetch(upstream));
    }
    Future.join(fetches)
        .transform(joined -> vertx.executeBlocking(() -> apply(fetches), false))
        .onComplete(
            finished -> {
              refreshing.set(false);
              if (finished.failed()) {
                LOG.errorf(finished.cause(), "The network's API document was not merged");
              }
              done.complete(null);
            });
  }

  private Future<Buffer> fetch(Upstream upstream) {
    RequestOptions options =
        new RequestOptions()
            .setMethod(HttpMethod.GET)
            .setURI(SOURCE_PATH)
            .putHeader(HttpHeaders.ACCEPT, "application/json")
            .setConnectTimeout(config.timeout().connect().toMillis())
            .setIdleTimeout(config.timeout().response().toMillis());
    return clients
        .of(upstream)
        .request(options)
        .compose(request -> request.send())
        .compose(
            response ->
                response
                    .body()
                    .compose(
                        body ->
                            response.statusCode() == 200
                                ? Future.succeededFuture(body)
                                : Future.failedFuture("HTTP " + response.statusCode())));
  }

  /** Takes in what the fetches brought; runs on a worker thread, one refresh at a time. */
  private Void apply(List<Future<Buffer>> fetches) {
    Instant now = Instant.now();
    boolean changed = false;
    List<Upstream> upstreams = List.copyOf(sources.keySet());
    for (int i = 0; i < upstreams.size(); i++) {
      Upstream upstream = upstreams.get(i);
      SourceDocument before = sources.get(upstream);
      SourceDocument after;
      String failure;
      Future<Buffer> fetch = fetches.get(i);
      if (fetch.succeeded()) {
        try {
          after = SourceDocument.fetched(upstream, parse(fetch.result()), now);
          failure = null;
        } catch (IllegalArgumentException e) {
          after = before.failed();
          failure = e.getMessage();
        }
      } else {
        after = before.failed();
        failure = describe(fetch.cause());
      }
      log(before, failure);
      changed |= !sameContent(before, after);
      // kept even when unchanged: a stale part then names the time of its latest good fetch
      sources.put(upstream, after);
    }
    if (changed) {
      current = render(List.copyOf(sources.values()));
    }
    return null;
  }

  /** The same part in the same state: nothing to merge again. */
  private static boolean sameContent(SourceDocument before, SourceDocument after) {
    return before.fresh() == after.fresh()
        && (before.document() == null
            ? after.document() == null
            : before.document().equals(after.document()));
  }

  private static JsonNode parse(Buffer body) {
    if (body.length() > MAX_BYTES) {
      throw new IllegalArgumentException("the document is larger than " + MAX_BYTES + " bytes");
    }
    JsonNode document;
    try {
      document = JSON.readTree(body.getBytes());
    } catch (IOException e) {
      throw new IllegalArgumentException("the document is not JSON");
    }
    if (document == null
        || !document.path("openapi").asText("").startsWith("3.")
        || !document.path("paths").isObject()) {
      throw new IllegalArgumentException("the answer is not an OpenAPI 3 document");
    }
    return document;
  }

  private Rendered render(List<SourceDocument> parts) {
    JsonNode document = NetworkDocument.merge(parts, settings);
    try {
      return new Rendered(
          JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document),
          YAML.writeValueAsString(document));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Logs when a part stops being fetched, or is fetched again: not on every refresh. */
  private void log(SourceDocument before, String failure) {
    Upstream upstream = before.upstream();
    boolean wasFailing = failing.contains(upstream);
    if (failure != null && !wasFailing) {
      failing.add(upstream);
      if (before.missing()) {
        LOG.warnf(
            "The API document of %s could not be fetched (%s); its part of /openapi is missing"
                + " until it is",
            upstream.id(), failure);
      } else {
        LOG.warnf(
            "The API document of %s could not be fetched again (%s); /openapi keeps the part"
                + " fetched at %s, marked stale",
            upstream.id(), failure, before.fetchedAt());
      }
    } else if (failure == null && wasFailing) {
      failing.remove(upstream);
      LOG.infof(
          "The API document of %s is fetched again; its part of /openapi is current",
          upstream.id());
    }
  }

  private static String describe(Throwable failure) {
    String message = failure.getMessage();
    return message == null ? failure.getClass().getSimpleName() : message;
  }
}
