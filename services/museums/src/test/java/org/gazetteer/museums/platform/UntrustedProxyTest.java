package org.gazetteer.museums.platform;

import static io.restassured.RestAssured.given;
import static org.gazetteer.museums.MuseumsFixtures.CURATOR_CHENGDU;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.gazetteer.common.testing.PostgresTest;
import org.gazetteer.museums.MuseumsFixtures;
import org.junit.jupiter.api.Test;

/**
 * X-Forwarded-* count only from the configured proxies: with the gateway elsewhere, a client
 * talking to the service directly cannot point {@code Location} at another host.
 */
@QuarkusTest
@PostgresTest
@TestProfile(UntrustedProxyTest.GatewayElsewhere.class)
class UntrustedProxyTest {

  /** The trusted proxy is a documentation address; the test client's loopback is not it. */
  public static class GatewayElsewhere implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("quarkus.http.proxy.trusted-proxies", "192.0.2.10");
    }
  }

  @Test
  void forwardedHostFromAnUntrustedAddressIsIgnored() {
    MuseumsFixtures.ensureMuseums();
    given()
        .header("Authorization", CURATOR_CHENGDU)
        .header("X-Forwarded-Host", "evil.example")
        .header("X-Forwarded-Proto", "https")
        .contentType(ContentType.JSON)
        .body(MuseumsFixtures.exhibit("转发头"))
        .post("/api/exhibits")
        .then()
        .statusCode(201)
        .header("Location", not(containsString("evil.example")))
        .header("Location", containsString("localhost"));
  }
}
