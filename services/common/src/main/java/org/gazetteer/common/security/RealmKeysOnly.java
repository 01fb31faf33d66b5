package org.gazetteer.common.security;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.SmallRyeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/**
 * Refuses to start the {@code prod} profile with a static token verification key: in production
 * only the realm's own keys, found through OIDC discovery, may decide which tokens are genuine. A
 * key slipped in through configuration or the environment ({@code QUARKUS_OIDC_PUBLIC_KEY}) would
 * let whoever holds its private half sign any identity. Tests trust a per-run key in the {@code
 * test} profile; benchmarks that sign their own tokens run in a profile of their own ({@code
 * bench}). Neither is checked.
 *
 * <p>Static keys are quarkus-oidc's {@code public-key} and {@code
 * certificate-chain.trust-store-file} (of the default tenant or any named one) and SmallRye JWT's
 * verification keys. {@code quarkus.oidc.credentials.secret} is a client secret, not a key that
 * verifies bearer tokens, and is allowed.
 */
@ApplicationScoped
public class RealmKeysOnly {

  /** The profile that must trust only the realm's keys. */
  public static final String PROFILE = "prod";

  /** Environment-style forms of quarkus-oidc key properties, after {@code QUARKUS_OIDC_}. */
  private static final List<String> OIDC_SUFFIXES =
      List.of("PUBLIC_KEY", "CERTIFICATE_CHAIN_TRUST_STORE_FILE");

  /** SmallRye JWT / MicroProfile JWT verification keys, in environment-style form. */
  private static final List<String> JWT_KEYS =
      List.of(
          "MP_JWT_VERIFY_PUBLICKEY",
          "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
          "SMALLRYE_JWT_VERIFY_KEY_LOCATION");

  private static final List<String> DEFAULT_TENANT_KEYS =
      List.of(
          "quarkus.oidc.public-key",
          "quarkus.oidc.certificate-chain.trust-store-file",
          "mp.jwt.verify.publickey",
          "mp.jwt.verify.publickey.location",
          "smallrye.jwt.verify.key.location");

  private final Config config;

  RealmKeysOnly(Config config) {
    this.config = config;
  }

  void check(@Observes StartupEvent started) {
    SmallRyeConfig smallRye = config.unwrap(SmallRyeConfig.class);
    verify(smallRye.getProfiles(), smallRye.getPropertyNames(), this::value);
  }

  private Optional<String> value(String name) {
    return config.getOptionalValue(name, String.class);
  }

  /**
   * Fails when {@code profiles} include {@link #PROFILE} and a static key is set.
   *
   * @param names the names of every property any config source knows (dotted or env-style)
   * @param value the value of a property by name, empty when unset
   * @throws IllegalStateException naming the offending properties
   */
  public static void verify(
      Collection<String> profiles,
      Iterable<String> names,
      Function<String, Optional<String>> value) {
    if (!profiles.contains(PROFILE)) {
      return;
    }
    Collection<String> found = staticKeys(names, value);
    if (!found.isEmpty()) {
      throw new IllegalStateException(
          "The prod profile trusts only the realm's keys (OIDC discovery), but a static token"
              + " verification key is configured: "
              + String.join(", ", found)
              + ". Remove it, or run with a profile of its own (e.g. QUARKUS_PROFILE=bench)"
              + " where signing your own tokens is intended.");
    }
  }

  /** The static key properties that are set, sorted; empty when there are none. */
  public static Collection<String> staticKeys(
      Iterable<String> names, Function<String, Optional<String>> value) {
    List<String> candidates = new ArrayList<>(DEFAULT_TENANT_KEYS);
    names.forEach(candidates::add);
    Collection<String> found = new TreeSet<>();
    for (String name : candidates) {
      if (isStaticKey(name) && value.apply(name).filter(v -> !v.isBlank()).isPresent()) {
        found.add(name);
      }
    }
    return found;
  }

  /** Whether {@code name}, in any spelling (dotted, quoted tenant, env var), is a static key. */
  static boolean isStaticKey(String name) {
    String env = name.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    if (JWT_KEYS.contains(env)) {
      return true;
    }
    if (!env.startsWith("QUARKUS_OIDC_")) {
      return false;
    }
    return OIDC_SUFFIXES.stream().anyMatch(suffix -> env.endsWith("_" + suffix));
  }
}
