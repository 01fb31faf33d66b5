package org.gazetteer.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.WebApplicationException;
import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;

/** Responses for single versioned records: the record with its version as a strong ETag. */
public final class Responses {

  private Responses() {}

  public static <T> RestResponse<T> ok(T body, long version) {
    return RestResponse.ResponseBuilder.ok(body).tag(Versions.etag(version)).build();
  }

  public static <T> RestResponse<T> created(URI location, T body, long version) {
    return RestResponse.ResponseBuilder.<T>created(location)
        .entity(body)
        .tag(Versions.etag(version))
        .build();
  }

  /**
   * 202: the request was taken but waits for someone else (a revision for review); the body is what
   * was stored, {@code Content-Location} where to read it, the ETag its version.
   */
  public static <T> RestResponse<T> accepted(URI location, T body, long version) {
    return RestResponse.ResponseBuilder.<T>create(RestResponse.Status.ACCEPTED, body)
        .header("Content-Location", location)
        .tag(Versions.etag(version))
        .build();
  }

  /**
   * A record in one of several representations chosen by {@code Accept}: {@code Vary: Accept}, and
   * an ETag per representation (the version, suffixed by {@code variant} unless it is the default
   * one that If-Match compares with). The body is serialised here, so the representation does not
   * depend on which writer the framework would pick for a wildcard {@code Accept}.
   */
  public static RestResponse<String> negotiated(
      ObjectMapper json, Object body, long version, String mediaType, String variant) {
    String tag = variant == null ? Long.toString(version) : version + "-" + variant;
    try {
      return RestResponse.ResponseBuilder.ok(json.writeValueAsString(body))
          .type(mediaType)
          .tag(tag)
          .header("Vary", "Accept")
          .build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialise a response body", e);
    }
  }

  /**
   * Whether a REST client's call failed because the other service answered 404: an answer ("no such
   * record") rather than a failure, so neither retried nor counted by a circuit breaker.
   */
  public static boolean absent(Throwable failure) {
    return failure instanceof WebApplicationException e
        && (e.getResponse().getStatus() == 404 || e.getResponse().getStatus() == 410);
  }
}
