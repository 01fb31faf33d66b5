package org.gazetteer.gateway.openapi;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gazetteer.gateway.config.GatewayConfig;

/**
 * The paragraph of the merged document's description that says how the gateway limits requests: per
 * signed-in user, per client and per anonymous IP address, each in a tier of the gateway's
 * configuration ({@code gateway.rate-limit}, {@code RateLimiter}).
 */
final class RateLimitDescription {

  private RateLimitDescription() {}

  static String of(GatewayConfig.RateLimit config) {
    StringBuilder text =
        new StringBuilder(
            "**Rate limits.** The gateway limits how many requests to `/api` a caller sends: per"
                + " signed-in user, per client application (a client's own token), and per IP"
                + " address for requests without a token, each in a tier set in the gateway's"
                + " configuration. ");
    if (!config.enabled()) {
      return text.append("In this deployment the limits are off.").toString();
    }
    text.append(describeTiers(config));
    text.append(
        " Every answer carries `RateLimit-Policy` and `RateLimit` (the IETF draft *RateLimit"
            + " header fields for HTTP*: the policy's quota `q` and window `w` in seconds, what is"
            + " left `r` and the seconds `t` until it resets). A request over its limit is not"
            + " forwarded: every operation may answer `429` (problem type"
            + " `/problems/quota-exceeded`) with `Retry-After`, the seconds to wait.");
    return text.toString();
  }

  /** The tiers of the configuration, as the limiter applies them. */
  static String describeTiers(GatewayConfig.RateLimit config) {
    Map<String, GatewayConfig.RateLimit.Tier> tiers = new TreeMap<>(config.tiers());
    StringBuilder text = new StringBuilder("The tiers: ");
    text.append(tier("anonymous addresses", config.anonymousTier(), tiers)).append("; ");
    text.append(tier("signed-in users", config.userTier(), tiers)).append("; ");
    text.append(tier("clients", config.clientTier(), tiers));
    TreeSet<String> own = new TreeSet<>(config.clients().values());
    if (!own.isEmpty()) {
      text.append("; some registered clients have a tier of their own: ");
      String separator = "";
      for (String name : own) {
        text.append(separator).append(tier(null, name, tiers));
        separator = ", ";
      }
    }
    return text.append('.').toString();
  }

  private static String tier(
      String who, String name, Map<String, GatewayConfig.RateLimit.Tier> tiers) {
    GatewayConfig.RateLimit.Tier tier = tiers.get(name);
    String quota =
        tier == null ? "not configured" : tier.quota() + " requests per " + window(tier.window());
    return (who == null ? "" : who + " ") + "`" + name + "` (" + quota + ")";
  }

  private static String window(Duration window) {
    long seconds = window.toSeconds();
    return seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
  }
}
