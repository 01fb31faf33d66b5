package org.gazetteer.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdkLocatorTest {

  @TempDir Path jvm;

  @Test
  void picksTheNewestJdkFrom21Up() throws IOException {
    Path jdk17 = JdkFixtures.jdk(jvm, "java-17", "17.0.15");
    JdkFixtures.jdk(jvm, "jdk-21", "21.0.4");
    Path jdk25 = JdkFixtures.jdk(jvm, "temurin-25", "25.0.3");

    JdkLocator.Choice choice =
        JdkLocator.select(Optional.empty(), JdkLocator.candidatesIn(jvm), jdk17);

    assertEquals(jdk25, choice.home());
    assertEquals(25, choice.version());
  }

  @Test
  void fallsBackToTheLaunchersJava17WhenNo21IsInstalled() throws IOException {
    Path jdk17 = JdkFixtures.jdk(jvm, "java-17", "17.0.15");
    JdkFixtures.jdk(jvm, "java-11", "11.0.2");

    JdkLocator.Choice choice =
        JdkLocator.select(Optional.empty(), JdkLocator.candidatesIn(jvm), jdk17);

    assertEquals(jdk17, choice.home());
    assertTrue(choice.remark().contains("no JDK 21+ found"), choice.remark());
  }

  @Test
  void explicitJdkWinsOverNewerOnes() throws IOException {
    Path jdk21 = JdkFixtures.jdk(jvm, "jdk-21", "21.0.4");
    Path jdk25 = JdkFixtures.jdk(jvm, "temurin-25", "25.0.3");

    JdkLocator.Choice choice = JdkLocator.select(Optional.of(jdk21), List.of(jdk25), jdk25);

    assertEquals(jdk21, choice.home());
  }

  @Test
  void explicitJdkOlderThan17IsRefused() throws IOException {
    Path jdk11 = JdkFixtures.jdk(jvm, "java-11", "11.0.2");

    UsageException e =
        assertThrows(
            UsageException.class, () -> JdkLocator.select(Optional.of(jdk11), List.of(), jdk11));

    assertTrue(e.getMessage().contains("is Java 11"), e.getMessage());
  }

  @Test
  void explicitFolderWithoutJavaIsRefused() throws IOException {
    Path empty = Files.createDirectories(jvm.resolve("not-a-jdk"));

    UsageException e =
        assertThrows(
            UsageException.class, () -> JdkLocator.select(Optional.of(empty), List.of(), empty));

    assertTrue(e.getMessage().endsWith("has no bin/java"), e.getMessage());
  }

  @Test
  void saysClearlyWhenNoUsableJdkExists() throws IOException {
    Path jdk11 = JdkFixtures.jdk(jvm, "java-11", "11.0.2");

    StartupException e =
        assertThrows(
            StartupException.class,
            () -> JdkLocator.select(Optional.empty(), JdkLocator.candidatesIn(jvm), jdk11));

    assertTrue(e.getMessage().contains("GAZETTEER_KEYCLOAK_JAVA_HOME"), e.getMessage());
  }

  @Test
  void readsFeatureVersionsOfOldAndNewNumbering() throws IOException {
    assertEquals(
        OptionalInt.of(8), JdkLocator.featureVersion(JdkFixtures.jdk(jvm, "a", "1.8.0_292")));
    assertEquals(OptionalInt.of(21), JdkLocator.featureVersion(JdkFixtures.jdk(jvm, "b", "21")));
    assertEquals(OptionalInt.empty(), JdkLocator.featureVersion(jvm.resolve("missing")));
  }

  @Test
  void aMissingJvmFolderHasNoCandidates() {
    assertEquals(List.of(), JdkLocator.candidatesIn(jvm.resolve("nowhere")));
  }
}
