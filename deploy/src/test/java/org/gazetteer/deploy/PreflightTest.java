package org.gazetteer.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreflightTest {

  @TempDir Path repo;

  private void touch(String relative) throws IOException {
    Path file = repo.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "");
  }

  @Test
  void listsEveryMissingJarWithItsModule() throws IOException {
    touch("deploy/keycloak/gazetteer-realm.json");
    touch("deploy/target/keycloak/bin/kc.sh");
    touch("services/museums/target/quarkus-app/quarkus-run.jar");
    touch("services/reading-rooms/target/quarkus-app/quarkus-run.jar");
    touch("services/events/target/quarkus-app/quarkus-run.jar");

    List<String> missing = Preflight.missingFiles(NetworkConfig.defaults(repo));

    assertEquals(
        List.of(
            repo.resolve("services/alliance/target/quarkus-app/quarkus-run.jar")
                + " (alliance, module services/alliance)",
            repo.resolve("gateway/target/quarkus-app/quarkus-run.jar")
                + " (gateway, module gateway)"),
        missing);
  }

  @Test
  void infraOnlyNeedsNoServiceJars() throws IOException {
    touch("deploy/keycloak/gazetteer-realm.json");
    touch("deploy/target/keycloak/bin/kc.sh");

    assertEquals(
        List.of(), Preflight.missingFiles(NetworkConfig.defaults(repo).withScope(Scope.INFRA)));
  }

  @Test
  void saysKeycloakIsNotUnpacked() throws IOException {
    touch("deploy/keycloak/gazetteer-realm.json");

    List<String> missing =
        Preflight.missingFiles(NetworkConfig.defaults(repo).withScope(Scope.INFRA));

    assertEquals(1, missing.size());
    assertTrue(missing.get(0).contains("Keycloak, unpacked by the deploy module's build"));
  }
}
