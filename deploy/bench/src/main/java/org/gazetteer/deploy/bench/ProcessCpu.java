package org.gazetteer.deploy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/**
 * CPU time (user and system) that processes have used so far, from {@code /proc/<pid>/stat}: read
 * before and after a round, the difference divided by the requests served is what one request cost
 * each process. Linux only; clock ticks of 1/100 s ({@code USER_HZ}, fixed on x86_64 and arm64).
 */
final class ProcessCpu {

  private static final double TICK_MILLIS = 10.0;

  private ProcessCpu() {}

  /** Milliseconds of CPU the processes {@code pids} have used, together. */
  static double millis(Collection<Long> pids) {
    double total = 0;
    for (long pid : pids) {
      total += millis(pid);
    }
    return total;
  }

  static double millis(long pid) {
    try {
      return ticks(Files.readString(Path.of("/proc", Long.toString(pid), "stat"))) * TICK_MILLIS;
    } catch (IOException e) {
      throw new IllegalStateException("no CPU time for process " + pid + ": " + e.getMessage(), e);
    }
  }

  /** utime + stime (fields 14 and 15) of a stat line; the name in parentheses may hold spaces. */
  static long ticks(String stat) {
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
    // fields[0] is field 3 (state), so field n is fields[n - 3]
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }
}
