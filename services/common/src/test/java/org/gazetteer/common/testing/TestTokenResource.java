package org.gazetteer.common.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Makes the service under test trust tokens signed with a key generated for this test run only,
 * with the issuer and audience of {@link TestTokens}; nothing about it is committed.
 */
public class TestTokenResource implements QuarkusTestResourceLifecycleManager {

  @Override
  public Map<String, String> start() {
    return Map.of(
        "quarkus.oidc.public-key", TestKeys.publicKeyBase64(),
        "quarkus.oidc.token.issuer", TestTokens.ISSUER,
        "quarkus.oidc.token.audience", TestTokens.AUDIENCE);
  }

  @Override
  public void stop() {}
}
