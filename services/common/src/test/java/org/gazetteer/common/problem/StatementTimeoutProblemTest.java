package org.gazetteer.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Proxy;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** A statement PostgreSQL cancelled for running too long is a 503 to retry, not a 500. */
class StatementTimeoutProblemTest {

  private static final HttpHeaders NO_HEADERS =
      (HttpHeaders)
          Proxy.newProxyInstance(
              HttpHeaders.class.getClassLoader(),
              new Class<?>[] {HttpHeaders.class},
              (proxy, method, args) -> null);

  @Test
  void aCancelledStatementIs503WithRetryAfter() {
    Throwable failure =
        new CompletionException(
            new IllegalStateException(
                "ERROR: canceling statement due to statement timeout (57014)"));
    Response response = new ProblemMappers().unexpected(failure, NO_HEADERS);
    assertEquals(503, response.getStatus());
    assertEquals("5", response.getHeaderString("Retry-After"));
    assertTrue(String.valueOf(response.getEntity()).contains("\"/problems/unavailable\""));
  }

  @Test
  void anyOtherFailureStays500() {
    Response response =
        new ProblemMappers().unexpected(new IllegalStateException("boom"), NO_HEADERS);
    assertEquals(500, response.getStatus());
  }
}
