package org.gazetteer.common.testing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens an attacker could bring, each shaped like a valid one of the realm (roles, institution,
 * audience) but not to be trusted: a service and the gateway must answer each with a 401. The test
 * profile trusts one RSA key ({@link TestTokens}).
 */
public enum ForgedToken {
  /** Unsigned: {@code alg: none} and an empty signature. */
  ALG_NONE,
  /** {@code alg: none}, but the genuine RS256 signature left in place. */
  ALG_NONE_WITH_A_SIGNATURE,
  /** Key confusion: HS256 keyed with the trusted public key's DER bytes. */
  HS256_KEYED_WITH_THE_DER_PUBLIC_KEY,
  /** Key confusion: HS256 keyed with the trusted public key in PEM. */
  HS256_KEYED_WITH_THE_PEM_PUBLIC_KEY,
  /** Key confusion: HS256 keyed with the Base64 text of the key, as configuration holds it. */
  HS256_KEYED_WITH_THE_CONFIGURED_KEY_TEXT,
  /** Signed with the trusted key but naming another issuer. */
  WRONG_ISSUER,
  /** Issued by another realm, signed with that realm's key. */
  ANOTHER_REALM,
  /** Signed with the trusted key, valid only from ten minutes from now. */
  NOT_YET_VALID,
  /** Signed with the trusted key, expired half an hour ago. */
  EXPIRED;

  private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
  private static final String OTHER_REALM = "https://keycloak.test/realms/other";

  public String token() {
    long now = Instant.now().getEpochSecond();
    return switch (this) {
      case ALG_NONE -> withHeader("{\"alg\":\"none\",\"typ\":\"JWT\"}", genuine(), "");
      case ALG_NONE_WITH_A_SIGNATURE -> {
        String genuine = genuine();
        yield withHeader("{\"alg\":\"none\",\"typ\":\"JWT\"}", genuine, genuine.split("\\.")[2]);
      }
      case HS256_KEYED_WITH_THE_DER_PUBLIC_KEY -> hs256(publicKeyDer());
      case HS256_KEYED_WITH_THE_PEM_PUBLIC_KEY -> hs256(pem().getBytes(StandardCharsets.US_ASCII));
      case HS256_KEYED_WITH_THE_CONFIGURED_KEY_TEXT ->
          hs256(TestTokens.trustedPublicKeyBase64().getBytes(StandardCharsets.US_ASCII));
      case WRONG_ISSUER ->
          TestTokens.sign(TestTokens.claims("mallory").issuer("https://evil.example/realms/x"));
      case ANOTHER_REALM -> anotherRealm();
      case NOT_YET_VALID ->
          TestTokens.sign(
              TestTokens.claims("mallory").claim("nbf", now + 600).expiresAt(now + 1200));
      case EXPIRED ->
          TestTokens.sign(TestTokens.claims("mallory").issuedAt(now - 3600).expiresAt(now - 1800));
    };
  }

  private static String genuine() {
    return TestTokens.token("mallory", "chengdu", "network-admin");
  }

  /** The claims of a genuine token under another header, with the given signature. */
  private static String withHeader(String header, String genuine, String signature) {
    String payload = genuine.split("\\.")[1];
    return URL.encodeToString(header.getBytes(StandardCharsets.UTF_8))
        + "."
        + payload
        + "."
        + signature;
  }

  private static String hs256(byte[] secret) {
    String unsigned = withHeader("{\"alg\":\"HS256\",\"typ\":\"JWT\"}", genuine(), "");
    String input = unsigned.substring(0, unsigned.length() - 1);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return input + "." + URL.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String anotherRealm() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return TestTokens.claims("mallory")
          .issuer(OTHER_REALM)
          .jws()
          .sign(generator.generateKeyPair().getPrivate());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] publicKeyDer() {
    return Base64.getDecoder().decode(TestTokens.trustedPublicKeyBase64());
  }

  private static String pem() {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(publicKeyDer());
    return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
  }
}
