package org.gazetteer.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** Builds problem+json responses; the body is written here so no writer lookup can lose it. */
public final class ProblemResponses {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ProblemResponses() {}

  public static Response of(Problem problem, String requestId, Map<String, String> headers) {
    Response.ResponseBuilder builder =
        Response.status(problem.status())
            .type(Problem.MEDIA_TYPE)
            .entity(json(problem.withRequestId(requestId)));
    headers.forEach(builder::header);
    if (problem.status() == 401) {
      builder.header("WWW-Authenticate", "Bearer realm=\"gazetteer\"");
    }
    return builder.build();
  }

  public static String json(Problem problem) {
    try {
      return JSON.writeValueAsString(problem);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("problem bodies are plain records", e);
    }
  }
}
