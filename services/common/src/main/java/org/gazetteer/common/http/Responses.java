package org.gazetteer.common.http;

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
}
