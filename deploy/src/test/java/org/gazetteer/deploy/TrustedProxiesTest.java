package org.gazetteer.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The services' default trusted proxies are address ranges that Quarkus checks without a name
 * lookup. Quarkus resolves an entry that is not an address or a CIDR range on every request, and
 * reads a bare IPv6 address such as {@code ::1} as host {@code :} with port 1: with that default
 * each request asked the name server for {@code :}, left a UDP socket open, and hung for the
 * resolver's 5 s timeout whenever the name server did not answer.
 */
class TrustedProxiesTest {

  private static final String KEY = "quarkus.http.proxy.trusted-proxies";
  private static final Pattern DEFAULT = Pattern.compile("\\$\\{GAZETTEER_TRUSTED_PROXIES:(.+)}");

  @ParameterizedTest
  @ValueSource(strings = {"museums", "reading-rooms", "events", "alliance"})
  void theDefaultIsLoopbackRangesOnly(String service) throws IOException {
    Properties properties = new Properties();
    Path file = Path.of("../services", service, "src/main/resources/application.properties");
    try (Reader reader = Files.newBufferedReader(file)) {
      properties.load(reader);
    }
    String value = properties.getProperty(KEY);
    Matcher matcher = DEFAULT.matcher(value == null ? "" : value);
    assertTrue(
        matcher.matches(), service + ": " + KEY + " is GAZETTEER_TRUSTED_PROXIES or loopback");
    assertEquals(List.of("127.0.0.1/32", "::1/128"), List.of(matcher.group(1).split(",")), service);
  }
}
