package org.gazetteer.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManagedProcessTest {

  @TempDir Path logs;

  @Test
  void appendsOutputToItsLogAndTailsOnlyThisRun() throws Exception {
    ProcessFixtures.shell(logs, "svc", "echo first run").process().waitFor();
    ManagedProcess second =
        ProcessFixtures.shell(logs, "svc", "echo one; echo two; echo three 1>&2");
    second.process().waitFor();

    assertEquals("two\nthree", second.logTail(2));
    assertFalse(second.logTail(10).contains("first run"));
    assertTrue(Files.readString(logs.resolve("svc.log")).contains("first run"));
  }

  @Test
  void addsAndRemovesEnvironmentVariables() throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("GAZETTEER_PROBE", "set");
    env.put("HOME", null);
    ManagedProcess process =
        ManagedProcess.start(
            "env",
            List.of("sh", "-c", "echo \"$GAZETTEER_PROBE/${HOME:-unset}\""),
            env,
            logs,
            logs);
    process.process().waitFor();

    assertEquals("set/unset", process.logTail(1));
  }

  @Test
  void stopEndsTheProcessAndItsChildren() throws InterruptedException {
    ManagedProcess parent = ProcessFixtures.shell(logs, "parent", "sleep 60 & wait");
    List<ProcessHandle> tree = treeOf(parent);

    ProcessStopper.stop(List.of(parent), Duration.ofSeconds(10));

    assertTrue(tree.stream().noneMatch(ProcessHandle::isAlive));
  }

  @Test
  void stopKillsWhatIgnoresSigtermAfterTheGracePeriod() throws InterruptedException {
    ManagedProcess stubborn =
        ProcessFixtures.shell(logs, "stubborn", "trap '' TERM; sleep 60 & wait");
    List<ProcessHandle> tree = treeOf(stubborn);

    ProcessStopper.stop(List.of(stubborn), Duration.ofMillis(300));

    assertTrue(tree.stream().noneMatch(ProcessHandle::isAlive));
  }

  /** The shell and the {@code sleep} it forks, once the fork has happened. */
  private static List<ProcessHandle> treeOf(ManagedProcess process) throws InterruptedException {
    ProcessHandle root = process.process().toHandle();
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (root.descendants().findAny().isEmpty() && System.nanoTime() < deadline) {
      process.process().waitFor(20, TimeUnit.MILLISECONDS);
    }
    List<ProcessHandle> tree = new ArrayList<>(root.descendants().toList());
    assertFalse(tree.isEmpty(), "the shell never forked");
    tree.add(root);
    return tree;
  }
}
