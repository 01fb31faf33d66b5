package org.gazetteer.gateway.openapi;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/** Reads {@code /openapi} from the gateway under test, waiting for refreshes where asked. */
final class OpenApiDocuments {

  /** Far longer than a refresh takes in tests (200 ms apart, upstreams on loopback). */
  static final Duration DEADLINE = Duration.ofSeconds(20);

  private static final ObjectMapper JSON = new ObjectMapper();

  private OpenApiDocuments() {}

  /** The document as the gateway serves it now. */
  static JsonNode fetch() {
    String body = given().when().get("/openapi").then().statusCode(200).extract().asString();
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until a refresh that starts after this call has been merged. */
  static void awaitRefresh(NetworkApiDocument document) {
    try {
      document.nextRefresh().toCompletableFuture().get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    } catch (ExecutionException | TimeoutException e) {
      throw new AssertionError("no refresh of /openapi within " + DEADLINE, e);
    }
  }

  /**
   * Polls {@code /openapi} until it satisfies {@code condition}, waiting for the next refresh
   * between two reads (no sleep), and fails after the deadline.
   */
  static JsonNode awaitDocument(NetworkApiDocument document, Predicate<JsonNode> condition) {
    Instant deadline = Instant.now().plus(DEADLINE);
    while (true) {
      JsonNode current = fetch();
      if (condition.test(current)) {
        return current;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("/openapi did not change as expected within " + DEADLINE);
      }
      awaitRefresh(document);
    }
  }

  static boolean lists(JsonNode document, String extension, String upstream) {
    for (JsonNode id : document.path(extension)) {
      if (id.asText().equals(upstream)) {
        return true;
      }
    }
    return false;
  }
}
