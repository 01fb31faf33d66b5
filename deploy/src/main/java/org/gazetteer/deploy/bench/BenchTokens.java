package org.gazetteer.deploy.bench;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Access tokens shaped like the gazetteer realm's (DESIGN §4: realm roles, {@code institution},
 * audience), signed with an RSA key made for this run only. The benchmark's service trusts that key
 * instead of Keycloak (DESIGN §3 allows tests to sign their own tokens), so hundreds of distinct
 * visitors cost nothing to create.
 */
final class BenchTokens {

  static final String ISSUER = "https://bench.invalid/realms/gazetteer";
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
