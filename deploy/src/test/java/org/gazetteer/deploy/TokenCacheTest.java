package org.gazetteer.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenCacheTest {

  private final AtomicLong clock = new AtomicLong(1_000);
  private final List<Map<String, String>> forms = Collections.synchronizedList(new ArrayList<>());
  private final TokenCache cache =
      new TokenCache(
          "gazetteer-cli",
          form -> {
            forms.add(form);
            int n = forms.size();
            return new TokenCache.Grant("access-" + n, "refresh-" + n, 300);
          },
          clock::get);

  private void advance(Duration by) {
    clock.addAndGet(by.toNanos());
  }

  @Test
  void logsInOncePerUserWhileItsTokenIsFresh() {
    assertEquals("Bearer access-1", cache.bearer("visitor", "visitor-demo"));
    advance(Duration.ofSeconds(239));

    assertEquals("Bearer access-1", cache.bearer("visitor", "visitor-demo"));
    assertEquals(
        List.of(
            Map.of(
                "grant_type", "password",
                "client_id", "gazetteer-cli",
                "username", "visitor",
                "password", "visitor-demo")),
        forms);
  }

  @Test
  void refreshesNearExpiryWithTheNewestRefreshTokenEachTime() {
    cache.bearer("visitor", "visitor-demo");
    advance(Duration.ofSeconds(240));
    String second = cache.bearer("visitor", "visitor-demo");
    advance(Duration.ofSeconds(240));
    String third = cache.bearer("visitor", "visitor-demo");

    assertEquals("Bearer access-2", second);
    assertEquals("Bearer access-3", third);
    assertEquals("refresh-1", forms.get(1).get("refresh_token"));
    assertEquals("refresh-2", forms.get(2).get("refresh_token"));
    assertEquals("refresh_token", forms.get(2).get("grant_type"));
    assertEquals(3, forms.size());
  }

  @Test
  void eachUserHasItsOwnLogin() {
    assertEquals("Bearer access-1", cache.bearer("visitor", "visitor-demo"));
    assertEquals("Bearer access-2", cache.bearer("admin", "admin-demo"));
    assertEquals("Bearer access-1", cache.bearer("visitor", "visitor-demo"));
  }

  @Test
  void concurrentCallersOfOneUserShareOneRefresh() throws Exception {
    cache.bearer("visitor", "visitor-demo");
    advance(Duration.ofSeconds(299));
    List<Callable<String>> callers = Collections.nCopies(8, () -> cache.bearer("visitor", "pw"));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<String> answers = new ArrayList<>();
    try {
      for (Future<String> answer : pool.invokeAll(callers, 30, TimeUnit.SECONDS)) {
        answers.add(answer.get());
      }
    } finally {
      pool.shutdownNow();
    }

    assertEquals(Collections.nCopies(8, "Bearer access-2"), answers);
    assertEquals(2, forms.size());
  }
}
