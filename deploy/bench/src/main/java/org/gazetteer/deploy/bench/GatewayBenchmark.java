package org.gazetteer.deploy.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;
import org.gazetteer.deploy.StandaloneGateway;
import org.gazetteer.deploy.StandaloneService;

/**
 * What the gateway costs in front of a service: the same DB-backed list ({@code GET
 * /api/exhibits?limit=20}) read with wrk from the museums service directly, through nginx as a
 * keep-alive reverse proxy, and through the gateway anonymously, signed in, with its rate limits
 * off and with its cache on, in interleaved rounds; then the p99 of the service and of the gateway
 * at a constant half of the service's maximum rate; then a flight recording of the gateway under
 * signed-in load, to show where its time goes. Run it with {@code deploy/bench/gateway.sh}.
 */
public final class GatewayBenchmark {

  static final String LIST = "/api/exhibits?limit=20";
  private static final int CONNECTIONS = 16;
  private static final Duration ROUND = Duration.ofSeconds(5);

  private static final int ROUNDS = 3;
  private static final Duration STEADY = Duration.ofSeconds(10);
  private static final int STEADY_ROUNDS = 3;
  private static final Duration PROFILED = Duration.ofSeconds(15);
  private static final Pattern ITEM = Pattern.compile("\"id\"\\s*:\\s*\"[0-9a-f-]{36}\"");

  private GatewayBenchmark() {}

  /** Exits 0 after a complete run (targets met or not), 1 when the run failed. */
  public static void main(String[] args) {
    BenchMain.run(args, "gateway", GatewayBenchmark::run, GatewayBenchmark::say);
  }

  private static void say(String line) {
    System.err.println("[gateway] " + line);
  }

  /** One load target: a URL, the headers sent, and the processes that serve it besides museums. */
  record Target(String url, List<String> headers, List<Long> proxyPids) {}

  /**
   * One probe's rounds: request rates, and CPU milliseconds per request of the service and proxy.
   */
  record Measured(List<Double> rates, List<Double> serviceCpu, List<Double> proxyCpu) {
    Measured() {
      this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }
  }

  private static String run(Path repoRoot) throws Exception {
    QuietMachine.awaitNoMaven(QuietMachine.mavenWait(), GatewayBenchmark::say);
    Wrk wrk = Wrk.find();
    String loadAtStart = MachineFacts.loadAverage();
    MachineFacts facts = MachineFacts.collect(repoRoot);
    BenchTokens tokens = new BenchTokens();
    String bearer = "Authorization: " + tokens.bearer("bench.reader", null);
    try (StandaloneService museums =
            StandaloneService.start(
                repoRoot, "museums", true, tokens.serviceEnvironment(), GatewayBenchmark::say);
        NginxProxy nginx = NginxProxy.start(URI.create(museums.url()).getPort());
        StandaloneGateway gateway = gateway(repoRoot, "gateway", museums, tokens, false, true);
        StandaloneGateway cached =
            gateway(repoRoot, "gateway-cached", museums, tokens, true, true);
        StandaloneGateway unlimited =
            gateway(repoRoot, "gateway-unlimited", museums, tokens, false, false)) {
      Map<String, Target> targets = new LinkedHashMap<>();
      targets.put(GatewayFigures.DIRECT, new Target(museums.url(), List.of(), List.of()));
      targets.put(GatewayFigures.NGINX, new Target(nginx.url(), List.of(), nginx.pids()));
      targets.put(GatewayFigures.GATEWAY, target(gateway, List.of()));
      targets.put(GatewayFigures.SIGNED_IN, target(gateway, List.of(bearer)));
      targets.put(GatewayFigures.NO_LIMITS, target(unlimited, List.of()));
      targets.put(GatewayFigures.CACHED, target(cached, List.of()));
      int items = checkAnswers(targets);
      say("every target answers the same " + items + " exhibits; warming up");
      Map<String, Integer> warmUp = new LinkedHashMap<>();
      for (Map.Entry<String, Target> target : targets.entrySet()) {
        warmUp.put(
            target.getKey(),
            WarmUp.load(
                wrk,
                target.getValue().url() + LIST,
                CONNECTIONS,
                ROUND,
                target.getValue().headers()));
      }
      Map<String, Measured> measured = new LinkedHashMap<>();
      targets.keySet().forEach(name -> measured.put(name, new Measured()));
      for (int round = 1; round <= ROUNDS; round++) {
        say("round " + round + " of " + ROUNDS);
        for (Map.Entry<String, Target> target : targets.entrySet()) {
          measure(wrk, museums.pid(), target.getValue(), measured.get(target.getKey()));
        }
      }
      Map<String, List<Double>> rates = new LinkedHashMap<>();
      measured.forEach((name, m) -> rates.put(name, m.rates()));
      double steadyRate = Median.of(rates.get(GatewayFigures.DIRECT)) / 2;
      say(String.format("constant rate of %.0f requests/s, service and gateway", steadyRate));
      Steady steady = steady(museums.url() + LIST, gateway.url() + LIST, steadyRate);
      say("gateway under signed-in load with a flight recording");
      FlightProfile profile =
          FlightProfile.during(
              gateway.pid(),
              GATEWAY_PARTS,
              () -> wrk.run(gateway.url() + LIST, CONNECTIONS, PROFILED, List.of(bearer)));
      List<Ratio> figures = GatewayFigures.of(rates, steady.directP99(), steady.gatewayP99());
      return GatewayReport.markdown(
          facts, loadAtStart, items, warmUp, measured, steady, figures, profile);
    }
  }

  /**
   * The parts of the gateway's work, by the prefixes of their classes (see {@link FlightProfile}).
   */
  static final List<Map.Entry<String, List<String>>> GATEWAY_PARTS =
      List.of(
          Map.entry(
              "verifying the token (jose4j, JDK signatures, quarkus-oidc)",
              FlightProfile.TOKEN_CHECKS),
          Map.entry("cache of verified tokens", List.of("org.gazetteer.common.security.")),
          Map.entry(
              "rate limits (Bucket4j, Caffeine)",
              List.of(
                  "io.github.bucket4j.",
                  "com.github.benmanes.caffeine.",
                  "org.gazetteer.gateway.ratelimit.")),
          Map.entry(
              "access log (JBoss Logging)",
              List.of(
                  "org.jboss.logmanager.", "org.jboss.logging.", "org.gazetteer.gateway.access.")),
          Map.entry("response cache", List.of("org.gazetteer.gateway.cache.")),
          Map.entry(
              "forwarding (the gateway's proxy code)", List.of("org.gazetteer.gateway.proxy.")),
          Map.entry("the gateway's other filters", List.of("org.gazetteer.")),
          Map.entry(
              "request pipeline (Quarkus security and routing, Vert.x Web, Mutiny, CDI)",
              List.of("io.quarkus.", "io.vertx.ext.web.", "io.smallrye.")),
          Map.entry(
              "HTTP codecs and I/O (Vert.x core, Netty)", List.of("io.vertx.core.", "io.netty.")));

  private static Target target(StandaloneGateway gateway, List<String> headers) {
    return new Target(gateway.url(), headers, List.of(gateway.pid()));
  }

  private static StandaloneGateway gateway(
      Path repoRoot,
      String name,
      StandaloneService museums,
      BenchTokens tokens,
      boolean cache,
      boolean limits)
      throws Exception {
    Map<String, String> env = new HashMap<>(tokens.serviceEnvironment());
    env.put("GAZETTEER_MUSEUMS_URL", museums.url());
    env.put("GATEWAY_CACHE_ENABLED", Boolean.toString(cache));
    env.put("GATEWAY_RATE_LIMIT_ENABLED", Boolean.toString(limits));
    // tiers far above what the run sends: every request is counted, none is refused
    for (String tier : List.of("ANON", "USER", "CLIENT", "PARTNER")) {
      env.put("GATEWAY_RATE_LIMIT_TIERS_" + tier + "_QUOTA", "1000000000");
    }
    return StandaloneGateway.start(repoRoot, name, "512m", env, GatewayBenchmark::say);
  }

  /**
   * Every target answers 200 with the same page; the cached gateway answers its second from cache.
   */
  private static int checkAnswers(Map<String, Target> targets) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    Integer items = null;
    for (Map.Entry<String, Target> target : targets.entrySet()) {
      for (int i = 0; i < 2; i++) {
        HttpRequest.Builder request =
            HttpRequest.newBuilder(URI.create(target.getValue().url() + LIST))
                .timeout(Duration.ofSeconds(10));
        for (String header : target.getValue().headers()) {
          int colon = header.indexOf(':');
          request.header(header.substring(0, colon), header.substring(colon + 1).trim());
        }
        HttpResponse<String> answer =
            http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
          throw new IllegalStateException(target.getKey() + " answered " + answer.statusCode());
        }
        int count = count(answer.body());
        if (items != null && count != items) {
          throw new IllegalStateException(
              target.getKey() + " answered " + count + " items, not " + items);
        }
        items = count;
        if (i == 1 && target.getKey().equals(GatewayFigures.CACHED)) {
          String cache = answer.headers().firstValue("X-Cache").orElse("none");
          if (!cache.equalsIgnoreCase("hit")) {
            throw new IllegalStateException(
                "the cached gateway's second answer was X-Cache " + cache);
          }
        }
      }
    }
    if (items == null || items == 0) {
      throw new IllegalStateException("the list is empty: no published exhibits to read");
    }
    return items;
  }

  static int count(String body) {
    Matcher matcher = ITEM.matcher(body);
    int n = 0;
    while (matcher.find()) {
      n++;
    }
    return n;
  }

  private static void measure(Wrk wrk, long servicePid, Target target, Measured into)
      throws Exception {
    double serviceBefore = ProcessCpu.millis(servicePid);
    double proxyBefore = ProcessCpu.millis(target.proxyPids());
    Wrk.Result result = wrk.run(target.url() + LIST, CONNECTIONS, ROUND, target.headers());
    double service = ProcessCpu.millis(servicePid) - serviceBefore;
    double proxy = ProcessCpu.millis(target.proxyPids()) - proxyBefore;
    into.rates().add(result.rate());
    into.serviceCpu().add(service / result.requests());
    into.proxyCpu().add(proxy / result.requests());
  }

  /** p99 in ms of the service and of the gateway at one constant rate, over interleaved rounds. */
  record Steady(
      double rate, double directP99, double gatewayP99, long directCount, long gatewayCount) {}

  private static Steady steady(String direct, String gateway, double rate) throws Exception {
    Histogram directMicros = new Histogram(3);
    Histogram gatewayMicros = new Histogram(3);
    try (ConstantRate load = new ConstantRate()) {
      load.run(direct, rate, STEADY);
      load.run(gateway, rate, STEADY);
      for (int round = 0; round < STEADY_ROUNDS; round++) {
        directMicros.add(load.run(direct, rate, STEADY));
        gatewayMicros.add(load.run(gateway, rate, STEADY));
      }
    }
    return new Steady(
        rate,
        directMicros.getValueAtPercentile(99) / 1000.0,
        gatewayMicros.getValueAtPercentile(99) / 1000.0,
        directMicros.getTotalCount(),
        gatewayMicros.getTotalCount());
  }
}
