package org.gazetteer.deploy.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FlightProfileTest {

  @Test
  void aSampleCountsForTheInnermostFrameThatAPartClaims() {
    // Netty encoding called by the proxy, called by a filter that called on into the rest
    List<String> stack =
        List.of(
            "java.util.HashMap",
            "io.netty.handler.codec.http.HttpObjectEncoder",
            "org.gazetteer.gateway.proxy.Exchange",
            "org.gazetteer.gateway.ratelimit.RateLimiter",
            "io.quarkus.vertx.http.runtime.security.HttpSecurityRecorder");
    assertEquals(
        "HTTP codecs and I/O (Vert.x core, Netty)",
        FlightProfile.part(GatewayBenchmark.GATEWAY_PARTS, stack));
    assertEquals(
        "rate limits (Bucket4j, Caffeine)",
        FlightProfile.part(GatewayBenchmark.GATEWAY_PARTS, stack.subList(3, 5)));
  }

  @Test
  void theFirstPartListedWinsWhenTwoClaimAFrameAndNoneIsOther() {
    assertEquals(
        "forwarding (the gateway's proxy code)",
        FlightProfile.part(
            GatewayBenchmark.GATEWAY_PARTS, List.of("org.gazetteer.gateway.proxy.X")));
    assertEquals(
        "other", FlightProfile.part(GatewayBenchmark.GATEWAY_PARTS, List.of("java.lang.Thread")));
  }
}
