package org.gazetteer.deploy.bench;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Access tokens shaped like the gazetteer realm's (realm roles, {@code institution}, audience),
 * signed with an RSA key made for this run only. The benchmark's service trusts that key instead of
 * Keycloak (as the services' own tests sign theirs), so hundreds of distinct visitors cost nothing
 * to create.
 */
final class BenchTokens {

  static final String ISSUER = "https://bench.invalid/realms/gazetteer";

  /** The profile benchmarks run services in when they sign their own tokens. */
  static final String PROFILE = "bench";

  private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

  private final KeyPair keys;

  BenchTokens() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      keys = generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The public key as {@code quarkus.oidc.public-key} takes it. */
  String publicKey() {
    return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
  }

  /**
   * The environment that makes a packaged service trust this run's key: the key, its issuer, and
   * the profile {@value #PROFILE}. Not the prod profile: there {@code RealmKeysOnly} (common)
   * refuses to start with a static key, and its {@code %prod.} Keycloak URL would be used. A public
   * key needs no {@code quarkus.oidc.auth-server-url}; the other {@code %prod.} keys of the
   * services (OIDC connection delay) do not matter without Keycloak.
   */
  Map<String, String> serviceEnvironment() {
    return Map.of(
        "QUARKUS_PROFILE", PROFILE,
        "QUARKUS_OIDC_PUBLIC_KEY", publicKey(),
        "QUARKUS_OIDC_TOKEN_ISSUER", ISSUER);
  }

  /**
   * {@code Bearer <token>} for a user (plain ASCII name) with an institution (or null) and roles.
   */
  String bearer(String username, String institution, String... roles) {
    long now = Instant.now().getEpochSecond();
    String roleList =
        Stream.of(roles).map(r -> "\"" + r + "\"").collect(Collectors.joining(",", "[", "]"));
    String claims =
        "{\"iss\":\""
            + ISSUER
            + "\",\"sub\":\""
            + username
            + "-id\",\"aud\":\"gazetteer-api\","
            + "\"preferred_username\":\""
            + username
            + "\","
            + "\"realm_access\":{\"roles\":"
            + roleList
            + "},"
            + (institution == null ? "" : "\"institution\":\"" + institution + "\",")
            + "\"iat\":"
            + now
            + ",\"exp\":"
            + (now + 3600)
            + "}";
    String signed = encode("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + encode(claims);
    return "Bearer " + signed + "." + URL.encodeToString(sign(signed));
  }

  private byte[] sign(String content) {
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initSign(keys.getPrivate());
      rsa.update(content.getBytes(StandardCharsets.US_ASCII));
      return rsa.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String json) {
    return URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
