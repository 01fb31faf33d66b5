package org.gazetteer.common.paging;

import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

/** Writes a page with its {@code Link: rel="next"} header (DESIGN §5). */
public final class PageResponses {

  private PageResponses() {}

  public static <T> RestResponse<Page<T>> ok(Page<T> page, UriInfo uri) {
    RestResponse.ResponseBuilder<Page<T>> builder = RestResponse.ResponseBuilder.ok(page);
    if (page.next() != null) {
      String next =
          uri.getRequestUriBuilder().replaceQueryParam("cursor", page.next()).build().toString();
      builder.header("Link", "<" + next + ">; rel=\"next\"");
    }
    return builder.build();
  }
}
