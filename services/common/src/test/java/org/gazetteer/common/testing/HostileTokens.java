package org.gazetteer.common.testing;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens an attacker or a broken client sends, each of which a service and the gateway must refuse
 * with a 401: unsigned, HMAC-signed with the realm's public key (the algorithm-confusion attack),
 * another issuer, another realm's key, not yet valid, expired. Each claims an admin curator of
 * chengdu, so accepting one would show.
 */
public final class HostileTokens {

  private HostileTokens() {}

  /** Each kind of token by name, built when asked (validity windows start then). */
  public static Map<String, Supplier<String>> all() {
    Map<String, Supplier<String>> tokens = new LinkedHashMap<>();
    tokens.put("alg none", HostileTokens::unsigned);
    tokens.put("HS256 keyed with the public key (DER)", () -> hmac(publicKeyDer()));
    tokens.put(
        "HS256 keyed with the public key (PEM)",
        () -> hmac(publicKeyPem().getBytes(StandardCharsets.US_ASCII)));
    tokens.put(
        "wrong issuer",
        () ->
            claims("https://attacker.example/realms/gazetteer").jws().sign(TestKeys.privateKey()));
    tokens.put("another realm's key", HostileTokens::otherRealm);
    tokens.put("not yet valid", HostileTokens::notYetValid);
    tokens.put("expired", () -> TestTokens.expired("curator.chengdu"));
    return tokens;
  }

  private static JwtClaimsBuilder claims(String issuer) {
    return Jwt.issuer(issuer)
        .subject("curator.chengdu-id")
        .audience(TestTokens.AUDIENCE)
        .claim("preferred_username", "curator.chengdu")
        .claim("institution", "chengdu")
        .claim("realm_access", Map.of("roles", List.of("curator", "network-admin")))
        .expiresIn(600);
  }

  private static String unsigned() {
    Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
    String header =
        url.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    String signed = TestTokens.token("curator.chengdu", "chengdu", "curator", "network-admin");
    return header + "." + signed.split("\\.")[1] + ".";
  }

  private static String hmac(byte[] secret) {
    return claims(TestTokens.ISSUER)
        .jws()
        .algorithm(SignatureAlgorithm.HS256)
        .sign(new SecretKeySpec(secret, "HmacSHA256"));
  }

  private static String otherRealm() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return claims("https://keycloak.test/realms/elsewhere")
          .jws()
          .sign(generator.generateKeyPair().getPrivate());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String notYetValid() {
    long now = Instant.now().getEpochSecond();
    return claims(TestTokens.ISSUER)
        .issuedAt(now + 3600)
        .claim("nbf", now + 3600)
        .expiresAt(now + 7200)
        .jws()
        .sign(TestKeys.privateKey());
  }

  private static byte[] publicKeyDer() {
    return Base64.getDecoder().decode(TestKeys.publicKeyBase64());
  }

  private static String publicKeyPem() {
    return "-----BEGIN PUBLIC KEY-----\n"
        + TestKeys.publicKeyBase64()
        + "\n-----END PUBLIC KEY-----\n";
  }
}
