package org.gazetteer.common.idempotency;

import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.gazetteer.common.problem.Problem;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.problem.ProblemResponses;

/**
 * The first response to an idempotent request, kept so that a retry gets the same answer: status,
 * body as sent, its media type and the headers worth repeating ({@code Location}, {@code ETag}).
 */
public record StoredResponse(
    int status, String mediaType, String body, Map<String, String> headers) {

  /** Marks a response that repeats a stored one. */
  public static final String REPLAYED_HEADER = "Idempotent-Replayed";

  public StoredResponse {
    headers = Map.copyOf(headers);
  }

  /** The problem a rule raised, kept without the first request's id. */
  public static StoredResponse of(ProblemException problem) {
    Map<String, String> headers = problem.headers();
    return new StoredResponse(
        problem.type().status(),
        Problem.MEDIA_TYPE,
        ProblemResponses.json(problem.toProblem()),
        headers);
  }

  /** The response to send again, marked as a replay. */
  public Response replay() {
    Response.ResponseBuilder builder =
        Response.status(status).type(mediaType).entity(body).header(REPLAYED_HEADER, "true");
    headers.forEach(builder::header);
    return builder.build();
  }
}
