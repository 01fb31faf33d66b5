package org.gazetteer.common.paging;

import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

/** Writes a page with its {@code Link: rel="next"} header (docs/api-conventions.md). */
public final class PageResponses {

  private PageResponses() {}

  public static <T> RestResponse<Page<T>> ok(Page<T> page, UriInfo uri) {
    return ok(page, page.next(), uri);
  }

  /** Any list body whose next page is {@code next} (null on the last page). */
  public static <B> RestResponse<B> ok(B body, String next, UriInfo uri) {
    return ok(body, next, "cursor", uri);
  }

  /**
   * As {@link #ok(Object, String, UriInfo)}, for a list that takes its position as {@code param}.
   */
  public static <B> RestResponse<B> ok(B body, String next, String param, UriInfo uri) {
    RestResponse.ResponseBuilder<B> builder = RestResponse.ResponseBuilder.ok(body);
    if (next != null) {
      String link = uri.getRequestUriBuilder().replaceQueryParam(param, next).build().toString();
      builder.header("Link", "<" + link + ">; rel=\"next\"");
    }
    return builder.build();
  }
}
