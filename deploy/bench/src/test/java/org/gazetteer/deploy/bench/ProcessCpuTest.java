package org.gazetteer.deploy.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProcessCpuTest {

  @Test
  void addsUserAndSystemTicksEvenWhenTheNameHoldsSpacesAndParentheses() {
    String stat =
        "20596 (java (main) x) R 20536 20536 1115 0 -1 4194304 100 0 0 0 417 83 0 0 20 0 1 0"
            + " 68560 3133440 415";
    assertEquals(500, ProcessCpu.ticks(stat));
  }

  @Test
  void readsThisJvmsOwnCpuTimeWhichStartingItUsed() {
    assertTrue(ProcessCpu.millis(ProcessHandle.current().pid()) > 0);
  }
}
