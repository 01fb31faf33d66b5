package org.gazetteer.common.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RealmKeysOnlyTest {

  private static final String KEY = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "quarkus.oidc.public-key",
        "QUARKUS_OIDC_PUBLIC_KEY",
        "quarkus.oidc.partner.public-key",
        "quarkus.oidc.\"partner.app\".public-key",
        "QUARKUS_OIDC_PARTNER_PUBLIC_KEY",
        "quarkus.oidc.certificate-chain.trust-store-file",
        "mp.jwt.verify.publickey",
        "mp.jwt.verify.publickey.location",
        "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
        "smallrye.jwt.verify.key.location"
      })
  void refusesTheProdProfileWithAStaticKey(String name) {
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> verify(List.of("prod"), Map.of(name, KEY)));
    assertTrue(refused.getMessage().contains(name), refused.getMessage());
    assertFalse(refused.getMessage().contains(KEY), "the key itself is not repeated");
  }

  @Test
  void findsTheDefaultTenantsKeyEvenWhenNoSourceListsItsName() {
    Map<String, String> values = Map.of("quarkus.oidc.public-key", KEY);

    assertEquals(
        List.of("quarkus.oidc.public-key"),
        List.copyOf(
            RealmKeysOnly.staticKeys(List.of(), name -> Optional.ofNullable(values.get(name)))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"test", "bench", "dev"})
  void letsOtherProfilesTrustAStaticKey(String profile) {
    assertDoesNotThrow(() -> verify(List.of(profile), Map.of("QUARKUS_OIDC_PUBLIC_KEY", KEY)));
  }

  @Test
  void checksProdAlsoWhenSeveralProfilesAreActive() {
    assertThrows(
        IllegalStateException.class,
        () -> verify(List.of("kubernetes", "prod"), Map.of("quarkus.oidc.public-key", KEY)));
  }

  @Test
  void letsProdStartWithDiscoveryAndAClientSecret() {
    Map<String, String> config =
        Map.of(
            "quarkus.oidc.auth-server-url", "http://localhost:8180/realms/gazetteer",
            "quarkus.oidc.credentials.secret", "demo-partner-secret",
            "quarkus.oidc.token.issuer", "http://localhost:8180/realms/gazetteer",
            "QUARKUS_OIDC_TOKEN_AUDIENCE", "gazetteer-api");

    assertDoesNotThrow(() -> verify(List.of("prod"), config));
  }

  @Test
  void ignoresAKeyPropertySetToBlank() {
    assertDoesNotThrow(() -> verify(List.of("prod"), Map.of("quarkus.oidc.public-key", " ")));
  }

  private static void verify(List<String> profiles, Map<String, String> config) {
    RealmKeysOnly.verify(profiles, config.keySet(), name -> Optional.ofNullable(config.get(name)));
  }
}
