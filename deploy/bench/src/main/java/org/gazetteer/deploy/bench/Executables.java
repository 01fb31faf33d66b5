package org.gazetteer.deploy.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Programs from Debian packages that a benchmark runs, found on the {@code PATH} or in sbin. */
final class Executables {

  private static final List<String> SBIN = List.of("/usr/sbin", "/sbin");

  private Executables() {}

  /** The program {@code name}; when missing, fails naming the Debian package that has it. */
  static Path require(String name, String debianPackage) {
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.concat(Stream.of(path.split(File.pathSeparator)), SBIN.stream())
        .filter(dir -> !dir.isEmpty())
        .map(dir -> Path.of(dir, name))
        .filter(Files::isExecutable)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    name
                        + " is missing: install the Debian package "
                        + debianPackage
                        + " (apt-get install "
                        + debianPackage
                        + ")"));
  }
}
