package org.gazetteer.deploy.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WrkTest {

  private static final String SUMMARY =
      """
      Running 5s test @ http://127.0.0.1:41643/api/exhibits?limit=20
        1 threads and 16 connections
        Thread Stats   Avg      Stdev     Max   +/- Stdev
          Latency    12.26ms    5.07ms  48.33ms   73.10%
          Req/Sec     1.31k   110.12     1.52k    72.00%
        Latency Distribution
           50%  850.00us
           75%   14.52ms
           90%   18.31ms
           99%    1.02s
        6518 requests in 5.01s, 177.43MB read
      Requests/sec:   1300.92
      Transfer/sec:     35.41MB
      """;

  @Test
  void readsTheRateTheCountAndThePercentilesInMilliseconds() {
    Wrk.Result result = Wrk.parse(SUMMARY);
    assertEquals(6518, result.requests());
    assertEquals(5.01, result.seconds(), 1e-9);
    assertEquals(1300.92, result.rate(), 1e-9);
    assertEquals(0.85, result.p50(), 1e-9);
    assertEquals(1020.0, result.p99(), 1e-9);
  }

  @Test
  void refusesARunWithAnswersThatAreNot2xx() {
    String withErrors =
        SUMMARY.replace("Requests/sec:", "  Non-2xx or 3xx responses: 7\nRequests/sec:");
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Wrk.parse(withErrors));
    assertTrue(e.getMessage().startsWith("7 answers were not 2xx"), e.getMessage());
  }

  @Test
  void refusesARunWithSocketErrors() {
    String withErrors =
        SUMMARY.replace(
            "Requests/sec:",
            "  Socket errors: connect 0, read 2, write 0, timeout 1\nRequests/sec:");
    assertThrows(IllegalStateException.class, () -> Wrk.parse(withErrors));
  }

  @Test
  void refusesOutputWithoutTheLatencyDistribution() {
    String without = SUMMARY.replaceAll("(?m)^\\s+\\d\\d%.*\\n", "");
    assertThrows(IllegalStateException.class, () -> Wrk.parse(without));
  }
}
