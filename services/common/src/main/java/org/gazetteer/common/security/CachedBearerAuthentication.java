package org.gazetteer.common.security;

import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Bearer-token authentication in front of quarkus-oidc's: a token verified before and not expired
 * is answered from {@link VerifiedTokens}; any other is verified by quarkus-oidc as always (its
 * signature against the realm's keys, issuer, audience, expiry) and kept when it passes. Asked
 * before quarkus-oidc's mechanism; requests without a token go on to it untouched.
 */
@ApplicationScoped
public class CachedBearerAuthentication implements HttpAuthenticationMechanism {

  private static final String BEARER = "bearer ";

  private final OidcAuthenticationMechanism oidc;
  private final VerifiedTokens tokens;

  CachedBearerAuthentication(OidcAuthenticationMechanism oidc, VerifiedTokens tokens) {
    this.oidc = oidc;
    this.tokens = tokens;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      RoutingContext context, IdentityProviderManager identityProviderManager) {
    String token = token(context);
    if (token == null) {
      return Uni.createFrom().nullItem();
    }
    SecurityIdentity kept = tokens.get(token);
    if (kept != null) {
      return Uni.createFrom().item(kept);
    }
    return oidc.authenticate(context, identityProviderManager)
        .invoke(identity -> tokens.put(token, identity));
  }

  /** The bearer token of the request, or null without one. */
  private static String token(RoutingContext context) {
    String header = context.request().getHeader("Authorization");
    if (header == null
        || header.length() <= BEARER.length()
        || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return null;
    }
    return header.substring(BEARER.length()).strip();
  }

  @Override
  public Uni<ChallengeData> getChallenge(RoutingContext context) {
    return oidc.getChallenge(context);
  }

  @Override
  public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
    return oidc.getCredentialTypes();
  }

  @Override
  public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
    return oidc.getCredentialTransport(context);
  }

  /** Before quarkus-oidc's mechanism. */
  @Override
  public int getPriority() {
    return oidc.getPriority() + 1;
  }
}
