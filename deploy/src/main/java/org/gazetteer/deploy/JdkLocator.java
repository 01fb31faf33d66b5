package org.gazetteer.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Chooses the JDK Keycloak runs on. Keycloak 26 recommends Java 21+ and still runs on 17
 * (deprecated): an explicit choice wins, else the newest JDK 21+ found among the candidates (e.g.
 * the folders of {@code /usr/lib/jvm}), else the launcher's own JDK if it is at least 17.
 */
final class JdkLocator {

  static final int RECOMMENDED = 21;
  static final int MINIMUM = 17;

  private static final Pattern VERSION = Pattern.compile("^JAVA_VERSION=\"(?:1\\.)?(\\d+)");

  /** The chosen JDK home, its feature version (0 if unknown) and a remark for the user. */
  record Choice(Path home, int version, String remark) {}

  private JdkLocator() {}

  /** The folders directly under {@code jvmRoot}, or none if it does not exist. */
  static List<Path> candidatesIn(Path jvmRoot) {
    if (!Files.isDirectory(jvmRoot)) {
      return List.of();
    }
    try (Stream<Path> children = Files.list(jvmRoot)) {
      return children.sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  static Choice select(Optional<Path> explicit, List<Path> candidates, Path current) {
    if (explicit.isPresent()) {
      return checkExplicit(explicit.get());
    }
    Optional<Choice> newest =
        candidates.stream()
            .filter(JdkLocator::hasJava)
            .map(home -> new Choice(home, featureVersion(home).orElse(0), "found"))
            .filter(choice -> choice.version() >= RECOMMENDED)
            .max(Comparator.comparingInt(Choice::version));
    if (newest.isPresent()) {
      return newest.get();
    }
    int currentVersion = featureVersion(current).orElse(Runtime.version().feature());
    if (hasJava(current) && currentVersion >= MINIMUM) {
      return new Choice(
          current,
          currentVersion,
          "no JDK "
              + RECOMMENDED
              + "+ found; using the launcher's Java "
              + currentVersion
              + " (Keycloak still runs on 17, deprecated)");
    }
    throw new StartupException(
        "no JDK for Keycloak: it needs Java "
            + RECOMMENDED
            + "+ (17 works, deprecated). Install one under /usr/lib/jvm or set"
            + " GAZETTEER_KEYCLOAK_JAVA_HOME");
  }

  private static Choice checkExplicit(Path home) {
    if (!hasJava(home)) {
      throw new UsageException("the Keycloak JDK " + home + " has no bin/java");
    }
    OptionalInt version = featureVersion(home);
    if (version.isPresent() && version.getAsInt() < MINIMUM) {
      throw new UsageException(
          "the Keycloak JDK "
              + home
              + " is Java "
              + version.getAsInt()
              + "; Keycloak needs "
              + RECOMMENDED
              + "+ (17 works, deprecated)");
    }
    return new Choice(home, version.orElse(0), "chosen explicitly");
  }

  private static boolean hasJava(Path home) {
    return Files.isExecutable(home.resolve("bin/java"));
  }

  /**
   * The feature version from the JDK's {@code release} file ({@code 17}, {@code 25}, {@code 8}).
   */
  static OptionalInt featureVersion(Path home) {
    Path release = home.resolve("release");
    if (!Files.isRegularFile(release)) {
      return OptionalInt.empty();
    }
    try (Stream<String> lines = Files.lines(release)) {
      return lines
          .map(VERSION::matcher)
          .filter(Matcher::find)
          .mapToInt(m -> Integer.parseInt(m.group(1)))
          .findFirst();
    } catch (IOException | UncheckedIOException e) {
      return OptionalInt.empty();
    }
  }
}
