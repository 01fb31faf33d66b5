package org.gazetteer.common.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Sends many requests to the service under test at once, each on its own connection to the loopback
 * address, and waits for all answers within a deadline.
 */
public final class Crowd {

  private static final Duration DEADLINE = Duration.ofSeconds(120);

  private Crowd() {}

  /** A JSON POST with its own token and, when not null, an Idempotency-Key. */
  public static HttpRequest post(URI endpoint, String authorization, String key, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint)
            .timeout(DEADLINE)
            .header("Authorization", authorization)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return request.build();
  }

  /** Sends every request without waiting for the others; the answers in request order. */
  public static List<HttpResponse<String>> send(List<HttpRequest> requests) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      HttpClient client =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(10))
              .executor(pool)
              .build();
      List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
      for (HttpRequest request : requests) {
        answers.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
      }
      CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new))
          .get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
      return answers.stream().map(CompletableFuture::join).toList();
    } finally {
      pool.shutdownNow();
    }
  }
}
