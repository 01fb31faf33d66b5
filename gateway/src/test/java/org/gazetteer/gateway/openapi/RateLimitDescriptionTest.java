package org.gazetteer.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The rate-limit paragraph of the document, from the gateway's own configuration. */
class RateLimitDescriptionTest {

  @Test
  void namesEachTierWithItsQuotaAndWindow() {
    assertEquals(
        "The tiers: anonymous addresses `anon` (300 requests per 1 min); signed-in users `user`"
            + " (600 requests per 1 min); clients `client` (1200 requests per 1 min); some"
            + " registered clients have a tier of their own: `partner` (6000 requests per 1 min).",
        RateLimitDescription.describeTiers(ConfiguredGateway.CONFIG.rateLimit()));
  }

  @Test
  void saysWhoIsCountedHowAndWhatA429Carries() {
    String paragraph = RateLimitDescription.of(ConfiguredGateway.CONFIG.rateLimit());

    assertTrue(paragraph.startsWith("**Rate limits.**"), paragraph);
    assertTrue(paragraph.contains("per signed-in user"), paragraph);
    assertTrue(paragraph.contains("per IP address for requests without a token"), paragraph);
    assertTrue(paragraph.contains("`/problems/quota-exceeded`"), paragraph);
    assertTrue(paragraph.contains("`Retry-After`"), paragraph);
  }
}
