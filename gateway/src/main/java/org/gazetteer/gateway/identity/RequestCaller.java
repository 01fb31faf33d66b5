package org.gazetteer.gateway.identity;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who sent a request, as the gateway counts and logs it: a signed-in user (by {@code sub}), a
 * registered client calling with its own client-credentials token (by {@code azp}), or an anonymous
 * caller (by IP address). Never a name or a token.
 *
 * @param id the user's {@code sub}, the client's {@code azp}, or the anonymous caller's address
 * @param client the {@code azp} of the token, null without one
 */
public record RequestCaller(Kind kind, String id, String client) {

  /** The three kinds of caller the rate limits tell apart. */
  public enum Kind {
    ANONYMOUS,
    USER,
    CLIENT
  }

  /** Keycloak names a client's service account {@code service-account-<client id>}. */
  static final String SERVICE_ACCOUNT = "service-account-";

  /** The caller of a request that has passed the token check (an invalid token never gets here). */
  public static RequestCaller of(RoutingContext rc) {
    if (rc.user() instanceof QuarkusHttpUser user
        && !user.getSecurityIdentity().isAnonymous()
        && user.getSecurityIdentity().getPrincipal() instanceof JsonWebToken token) {
      String client = token.getClaim("azp");
      String username = token.getClaim("preferred_username");
      if (client != null && (SERVICE_ACCOUNT + client).equals(username)) {
        return new RequestCaller(Kind.CLIENT, client, client);
      }
      return new RequestCaller(Kind.USER, token.getSubject(), client);
    }
    SocketAddress address = rc.request().remoteAddress();
    return new RequestCaller(Kind.ANONYMOUS, address == null ? "-" : address.hostAddress(), null);
  }

  /** The user's {@code sub}, or null for clients and anonymous callers. */
  public String user() {
    return kind == Kind.USER ? id : null;
  }
}
