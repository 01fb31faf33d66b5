package org.gazetteer.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gazetteer.common.http.HttpProblems;
import org.gazetteer.common.http.RequestIds;
import org.gazetteer.common.json.UnacceptableText;
import org.gazetteer.common.persistence.Failures;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become problem+json (docs/api-conventions.md); nothing leaks class
 * names.
 */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @ServerExceptionMapper
  public Response problem(ProblemException e, HttpHeaders headers) {
    return respond(e.toProblem(), headers, e.headers());
  }

  @ServerExceptionMapper
  public Response violations(ConstraintViolationException e, HttpHeaders headers) {
    List<FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new FieldError(ViolationPaths.field(v), v.getMessage()))
            .sorted(Comparator.comparing(FieldError::field))
            .toList();
    return respond(validation(errors), headers, Map.of());
  }

  @ServerExceptionMapper
  public Response unknownProperty(UnrecognizedPropertyException e, HttpHeaders headers) {
    String field = JsonPaths.of(e);
    return respond(
        validation(List.of(new FieldError(field, "is not a property of this request"))),
        headers,
        Map.of());
  }

  @ServerExceptionMapper
  public Response mismatchedInput(MismatchedInputException e, HttpHeaders headers) {
    String field = JsonPaths.of(e);
    String message =
        e instanceof UnacceptableText
            ? e.getOriginalMessage()
            : e.getTargetType() == null
                ? "has the wrong type"
                : "must be " + JsonPaths.describe(e.getTargetType());
    return respond(validation(List.of(new FieldError(field, message))), headers, Map.of());
  }

  @ServerExceptionMapper
  public Response malformedJson(JsonParseException e, HttpHeaders headers) {
    return respond(
        Problem.of(ProblemType.VALIDATION, "The body is not well-formed JSON"), headers, Map.of());
  }

  @ServerExceptionMapper
  public Response otherJson(JsonProcessingException e, HttpHeaders headers) {
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      return respond(
          validation(List.of(new FieldError(JsonPaths.of(mapping), "has an invalid value"))),
          headers,
          Map.of());
    }
    return respond(
        Problem.of(ProblemType.VALIDATION, "The body could not be read as JSON"),
        headers,
        Map.of());
  }

  @ServerExceptionMapper
  public Response unauthorized(UnauthorizedException e, HttpHeaders headers) {
    return respond(
        Problem.of(ProblemType.UNAUTHORIZED, "A valid bearer token is required"),
        headers,
        Map.of());
  }

  @ServerExceptionMapper
  public Response authenticationFailed(AuthenticationFailedException e, HttpHeaders headers) {
    return respond(
        Problem.of(ProblemType.UNAUTHORIZED, "The bearer token is not valid"), headers, Map.of());
  }

  @ServerExceptionMapper
  public Response identityProviderDown(OIDCException e, HttpHeaders headers) {
    return respond(
        Problem.of(ProblemType.UNAVAILABLE, HttpProblems.IDENTITY_DOWN),
        headers,
        Map.of("Retry-After", HttpProblems.IDENTITY_RETRY_AFTER_SECONDS));
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, HttpHeaders headers) {
    return respond(
        Problem.of(ProblemType.FORBIDDEN, "Your roles do not allow this operation"),
        headers,
        Map.of());
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e, HttpHeaders headers) {
    Response original = e.getResponse();
    ProblemType type = ProblemType.forStatus(original.getStatus());
    Problem problem =
        new Problem(type.uri(), type.title(), original.getStatus(), httpDetail(type), null, null);
    Map<String, String> keep =
        original.getHeaders().entrySet().stream()
            .filter(h -> h.getKey().equalsIgnoreCase("Allow") && !h.getValue().isEmpty())
            .collect(Collectors.toMap(Map.Entry::getKey, h -> String.valueOf(h.getValue().get(0))));
    return respond(problem, headers, keep);
  }

  @ServerExceptionMapper
  public Response unexpected(Throwable e, HttpHeaders headers) {
    String id = headers.getHeaderString(RequestIds.HEADER);
    if (Failures.timedOut(e)) {
      LOG.warnf("Request %s: a statement ran past the statement timeout", id);
      return respond(
          Problem.of(ProblemType.UNAVAILABLE, "The database did not answer in time; try again"),
          headers,
          Map.of("Retry-After", "5"));
    }
    LOG.errorf(e, "Unhandled failure of request %s", id);
    return respond(
        Problem.of(ProblemType.INTERNAL, "Something went wrong on our side; quote the request id"),
        headers,
        Map.of());
  }

  private static String httpDetail(ProblemType type) {
    return switch (type) {
      case NOT_FOUND -> "No resource at this path";
      case METHOD_NOT_ALLOWED -> "This method is not allowed on this path";
      case UNSUPPORTED_MEDIA_TYPE -> "This content type is not accepted here";
      case NOT_ACCEPTABLE -> "No representation matches the Accept header";
      case PAYLOAD_TOO_LARGE -> "The body is too large";
      default -> type.title();
    };
  }

  private static Problem validation(List<FieldError> errors) {
    String detail =
        errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
    ProblemType type = ProblemType.VALIDATION;
    return new Problem(type.uri(), type.title(), type.status(), detail, errors, null);
  }

  static Response respond(Problem problem, HttpHeaders headers, Map<String, String> extra) {
    return ProblemResponses.of(problem, headers.getHeaderString(RequestIds.HEADER), extra);
  }
}
