package org.gazetteer.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicOriginTest {

  @ParameterizedTest
  @CsvSource({
    "http://localhost:8080, http, localhost, 8080",
    "https://Gazetteer.Example.org, https, gazetteer.example.org, 443",
    "http://gazetteer.example.org/, http, gazetteer.example.org, 80",
    "HTTPS://[::1]:8443, https, [::1], 8443"
  })
  void takesSchemeHostAndPort(String url, String scheme, String host, int port) {
    assertEquals(new PublicOrigin(scheme, host, port), PublicOrigin.of(URI.create(url)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "localhost:8080",
        "ftp://gazetteer.example.org",
        "https://gazetteer.example.org/base",
        "https://gazetteer.example.org?x=1",
        "https://user@gazetteer.example.org",
        "/relative"
      })
  void refusesAnythingButAnOrigin(String url) {
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> PublicOrigin.of(URI.create(url)));
    assertTrue(refused.getMessage().startsWith("gateway.public-url"), refused.getMessage());
  }
}
