package org.gazetteer.gateway.openapi;

import java.net.URI;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The realm's endpoints a browser signs in with, derived from the OIDC issuer the gateway checks
 * tokens against ({@code quarkus.oidc.auth-server-url}, {@code GAZETTEER_OIDC_URL}): Keycloak
 * serves them under {@code <issuer>/protocol/openid-connect/}.
 *
 * @param origin {@code scheme://host[:port]} of the realm, which the docs page may connect to
 */
public record SignIn(String issuer, String authorizationUrl, String tokenUrl, String origin) {

  /** The realm of a local run, when no issuer is configured (dev and test profiles). */
  static final String LOCAL_REALM = "http://localhost:8180/realms/gazetteer";

  /** The sign-in of the issuer the gateway is configured with. */
  public static SignIn configured() {
    Config config = ConfigProvider.getConfig();
    return of(
        config
            .getOptionalValue("quarkus.oidc.auth-server-url", String.class)
            .or(() -> config.getOptionalValue("GAZETTEER_OIDC_URL", String.class))
            .orElse(LOCAL_REALM));
  }

  public static SignIn of(String issuer) {
    String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    URI uri = URI.create(base);
    if (uri.getScheme() == null || uri.getHost() == null) {
      throw new IllegalStateException(
          "quarkus.oidc.auth-server-url (GAZETTEER_OIDC_URL) must be an absolute URL of the realm,"
              + " such as http://localhost:8180/realms/gazetteer, but is "
              + issuer);
    }
    String origin =
        uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    String endpoints = base + "/protocol/openid-connect/";
    return new SignIn(base, endpoints + "auth", endpoints + "token", origin);
  }
}
