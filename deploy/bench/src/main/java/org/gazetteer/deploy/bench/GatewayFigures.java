package org.gazetteer.deploy.bench;

import java.util.List;
import java.util.Map;

/**
 * The gateway benchmark's figures from what one run measured: each throughput figure is the ratio
 * of two probes' median request rates over the interleaved rounds, the latency figure the ratio of
 * the gateway's p99 to the service's at the same constant rate.
 */
final class GatewayFigures {

  static final String DIRECT = "service directly";
  static final String NGINX = "nginx in front";
  static final String GATEWAY = "gateway, anonymous";
  static final String SIGNED_IN = "gateway, signed in";
  static final String NO_LIMITS = "gateway, rate limits off";
  static final String CACHED = "gateway, cache on";

  /** The probes in the order of every round. */
  static final List<String> PROBES = List.of(DIRECT, NGINX, GATEWAY, SIGNED_IN, NO_LIMITS, CACHED);

  private GatewayFigures() {}

  /**
   * @param rates requests per second of each probe, one per round
   * @param directP99 the service's p99 in ms at the constant rate; {@code gatewayP99} the gateway's
   */
  static List<Ratio> of(Map<String, List<Double>> rates, double directP99, double gatewayP99) {
    return List.of(
        Ratio.atLeast("gateway ÷ direct", ratio(rates, GATEWAY, DIRECT), "×", 0.80),
        Ratio.atLeast("gateway ÷ nginx", ratio(rates, GATEWAY, NGINX), "×", 1.0),
        Ratio.atMost(
            "gateway p99 ÷ direct p99 at half the direct maximum rate",
            gatewayP99 / directP99,
            "×",
            1.5),
        Ratio.atLeast(
            "signed in ÷ anonymous (gateway)", ratio(rates, SIGNED_IN, GATEWAY), "×", 0.85),
        Ratio.atLeast(
            "cached ÷ uncached anonymous (gateway)", ratio(rates, CACHED, GATEWAY), "×", 5),
        Ratio.atLeast(
            "rate limits on ÷ off (gateway)", ratio(rates, GATEWAY, NO_LIMITS), "×", 0.90));
  }

  static double ratio(Map<String, List<Double>> rates, String top, String bottom) {
    return Median.of(rates.get(top)) / Median.of(rates.get(bottom));
  }
}
