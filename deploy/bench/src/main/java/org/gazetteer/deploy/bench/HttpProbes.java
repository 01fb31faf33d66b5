package org.gazetteer.deploy.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service's two public reads, over one keep-alive HTTP/1.1 client: a search page and one
 * exhibit by id. Each call checks the status and a marker in the body, so an error page is never
 * measured as a fast answer.
 */
final class HttpProbes {

  static final int PAGE_SIZE = 20;

  private static final Pattern MUSEUM_FACET = Pattern.compile("\"museum\"\\s*:\\s*\\[([^\\]]*)\\]");
  private static final Pattern COUNT = Pattern.compile("\"count\"\\s*:\\s*(\\d+)");
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String baseUrl;

  HttpProbes(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** {@code GET /api/exhibits?q=…&limit=20}; returns the body. */
  String search(String q) throws IOException, InterruptedException {
    String query = "q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&limit=" + PAGE_SIZE;
    String body = get("/api/exhibits?" + query);
    if (!body.contains("\"facets\"")) {
      throw new IllegalStateException("search for " + q + " answered without facets: " + body);
    }
    return body;
  }

  /**
   * How many exhibits a search answer says match, whole result: the sum of its museum facet, since
   * every exhibit belongs to exactly one museum.
   */
  static long matches(String searchBody) {
    int facets = searchBody.indexOf("\"facets\"");
    Matcher museum = MUSEUM_FACET.matcher(searchBody);
    if (facets < 0 || !museum.find(facets)) {
      throw new IllegalArgumentException("no museum facet in " + searchBody);
    }
    long sum = 0;
    Matcher count = COUNT.matcher(museum.group(1));
    while (count.find()) {
      sum += Long.parseLong(count.group(1));
    }
    return sum;
  }

  /** {@code GET /api/exhibits/{id}}; returns the body. */
  String exhibit(UUID id) throws IOException, InterruptedException {
    String body = get("/api/exhibits/" + id);
    if (!body.contains(id.toString())) {
      throw new IllegalStateException("exhibit " + id + " answered another body: " + body);
    }
    return body;
  }

  private String get(String pathAndQuery) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
            .timeout(TIMEOUT)
            .header("Accept", "application/json")
            .GET()
            .build();
    HttpResponse<String> response =
        client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "GET " + pathAndQuery + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }
}
