package org.gazetteer.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Fake JDK folders: a {@code release} file and an executable {@code bin/java}. */
final class JdkFixtures {

  private JdkFixtures() {}

  static Path jdk(Path parent, String name, String javaVersion) throws IOException {
    Path home = Files.createDirectories(parent.resolve(name));
    Files.writeString(
        home.resolve("release"),
        "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + javaVersion + "\"\nOS_NAME=\"Linux\"\n");
    Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
    Files.writeString(java, "#!/bin/sh\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    return home;
  }
}
