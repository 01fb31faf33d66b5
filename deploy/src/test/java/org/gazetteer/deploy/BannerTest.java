package org.gazetteer.deploy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What the launcher prints once the network is up: where a newcomer starts. */
class BannerTest {

  @Test
  void aNewcomerIsShownTheLandingPageAndTheDocsPage() {
    String text = Banner.text(NetworkConfig.defaults(Path.of("/repo")), Duration.ofSeconds(42));
    assertTrue(text.contains("http://localhost:8080/  (search, reading-room map"), text);
    assertTrue(text.contains("http://localhost:8080/console  (curators"), text);
    assertTrue(text.contains("http://localhost:8080/api/…  (the API"), text);
    assertTrue(text.contains("http://localhost:8080/docs  (try it, signed in"), text);
  }
}
