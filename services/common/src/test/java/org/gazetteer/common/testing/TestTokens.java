package org.gazetteer.common.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Access tokens shaped like the gazetteer realm's (realm roles, {@code institution} claim,
 * audience), signed with the test key that only the test profile trusts.
 */
public final class TestTokens {

  public static final String ISSUER = "https://keycloak.test/realms/gazetteer";
  public static final String AUDIENCE = "gazetteer-api";

  private TestTokens() {}

  /** A token for {@code username} with the given roles and institution (may be null). */
  public static String token(String username, String institution, String... roles) {
    var claims =
        Jwt.issuer(ISSUER)
            .subject(username + "-id")
            .audience(AUDIENCE)
            .claim("preferred_username", username)
            .claim("realm_access", Map.of("roles", List.of(roles)))
            .expiresIn(600);
    if (institution != null) {
      claims.claim("institution", institution);
    }
    return claims.jws().sign(TestKeys.privateKey());
  }

  /** A token that is well-formed but signed by a key nobody trusts. */
  public static String untrusted(String username) {
    try {
      var generator = java.security.KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return Jwt.issuer(ISSUER)
          .audience(Set.of(AUDIENCE))
          .claim("preferred_username", username)
          .expiresIn(600)
          .jws()
          .sign(generator.generateKeyPair().getPrivate());
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A token signed with the trusted key that expired half an hour ago. */
  public static String expired(String username) {
    long now = Instant.now().getEpochSecond();
    return Jwt.issuer(ISSUER)
        .subject(username + "-id")
        .audience(AUDIENCE)
        .claim("preferred_username", username)
        .issuedAt(now - 3600)
        .expiresAt(now - 1800)
        .jws()
        .sign(TestKeys.privateKey());
  }

  /** A token signed with the trusted key but issued for another API. */
  public static String forAudience(String username, String audience) {
    return Jwt.issuer(ISSUER)
        .subject(username + "-id")
        .audience(audience)
        .claim("preferred_username", username)
        .expiresIn(600)
        .jws()
        .sign(TestKeys.privateKey());
  }

  /**
   * The claims of a valid token for {@code username} (issuer, subject, audience, 10 minutes of
   * validity) for a test to change before {@link #sign signing}, e.g. a wrong issuer.
   */
  public static JwtClaimsBuilder claims(String username) {
    return Jwt.issuer(ISSUER)
        .subject(username + "-id")
        .audience(AUDIENCE)
        .claim("preferred_username", username)
        .expiresIn(600);
  }

  /** {@code claims} signed (RS256) with the key that the test profile trusts. */
  public static String sign(JwtClaimsBuilder claims) {
    return claims.jws().sign(TestKeys.privateKey());
  }

  /**
   * The trusted public key as {@code quarkus.oidc.public-key} holds it (Base64 of the DER
   * encoding), for tests of key confusion (an HS256 token keyed with the public key).
   */
  public static String trustedPublicKeyBase64() {
    return TestKeys.publicKeyBase64();
  }

  /** The value of an Authorization header for {@link #token}. */
  public static String bearer(String username, String institution, String... roles) {
    return "Bearer " + token(username, institution, roles);
  }
}
