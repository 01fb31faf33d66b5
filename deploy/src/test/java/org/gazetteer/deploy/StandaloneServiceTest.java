package org.gazetteer.deploy;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StandaloneServiceTest {

  @TempDir Path repoRoot;

  private final List<String> progress = new ArrayList<>();

  @Test
  void refusesANameThatIsNoService() {
    assertThrows(
        IllegalArgumentException.class,
        () -> StandaloneService.start(repoRoot, "gateway", false, Map.of(), progress::add));
    assertTrue(progress.isEmpty());
  }

  @Test
  void namesTheMissingJarBeforeStartingAnything() {
    StartupException e =
        assertThrows(
            StartupException.class,
            () ->
                StandaloneService.start(repoRoot, "reading-rooms", true, Map.of(), progress::add));

    Path jar = repoRoot.resolve("services/reading-rooms/target/quarkus-app/quarkus-run.jar");
    assertTrue(e.getMessage().contains(jar.toString()), e.getMessage());
    assertTrue(progress.isEmpty(), "nothing started: " + progress);
  }
}
