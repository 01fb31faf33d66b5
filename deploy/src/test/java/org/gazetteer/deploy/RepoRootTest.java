package org.gazetteer.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepoRootTest {

  @TempDir Path dir;

  @Test
  void isTheNearestFolderAboveTheJarHoldingTheRealm() throws IOException {
    Files.createDirectories(dir.resolve("deploy/keycloak"));
    Files.writeString(dir.resolve("deploy/keycloak/gazetteer-realm.json"), "{}");
    Path jarDir = Files.createDirectories(dir.resolve("deploy/target"));

    assertEquals(dir, RepoRoot.locate(Map.of(), jarDir));
  }

  @Test
  void gazetteerHomeWins() {
    assertEquals(dir, RepoRoot.locate(Map.of("GAZETTEER_HOME", dir.toString()), Path.of("/x")));
  }

  @Test
  void fallsBackToTheStartFolder() {
    assertEquals(dir, RepoRoot.locate(Map.of(), dir));
  }
}
