package org.gazetteer.gateway.pages;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import org.gazetteer.gateway.config.GatewayConfig;
import org.gazetteer.gateway.openapi.SignIn;

/**
 * What the pages' scripts read at start ({@code /web/config.json}): the realm's endpoints and the
 * public client to sign in with, and the map's tile server. No secret: the client is public.
 */
final class WebConfig {

  static final String CLIENT_ID = "gazetteer-web";

  private WebConfig() {}

  static JsonObject of(SignIn signIn, GatewayConfig.Web web) {
    return new JsonObject()
        .put("clientId", CLIENT_ID)
        .put("issuer", signIn.issuer())
        .put("authorizationUrl", signIn.authorizationUrl())
        .put("tokenUrl", signIn.tokenUrl())
        .put("logoutUrl", signIn.issuer() + "/protocol/openid-connect/logout")
        .put(
            "tiles",
            new JsonObject().put("url", web.tileUrl()).put("attribution", web.tileAttribution()));
  }

  /**
   * The origin of a tile URL template ({@code https://tile.example.org/{z}/{x}/{y}.png}), which the
   * pages' policy lets images come from.
   *
   * @throws IllegalStateException when the template is no absolute http(s) URL
   */
  static String tileOrigin(String template) {
    int slash = template.indexOf('/', template.indexOf("://") + 3);
    String origin = slash < 0 ? template : template.substring(0, slash);
    URI uri;
    try {
      uri = URI.create(origin);
    } catch (IllegalArgumentException e) {
      uri = null;
    }
    if (uri == null
        || uri.getHost() == null
        || !(origin.startsWith("http://") || origin.startsWith("https://"))
        || origin.contains("{")) {
      throw new IllegalStateException(
          "gateway.web.tile-url must be an http(s) URL template with a fixed host, such as"
              + " https://tile.openstreetmap.org/{z}/{x}/{y}.png, but is "
              + template);
    }
    return origin;
  }
}
