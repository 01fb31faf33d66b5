package org.gazetteer.common.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Lets clients call action endpoints ({@code POST …/{id}/submit}) without a body: an empty POST,
 * whatever content type a client library put on it, is read as empty JSON instead of a 415.
 */
public class EmptyBodies {

  @ServerRequestFilter(preMatching = true)
  public void defaultContentType(ContainerRequestContext request) {
    boolean bodyless =
        request.getLength() == 0
            || request.getLength() < 0 && request.getHeaderString("Transfer-Encoding") == null;
    if (bodyless && "POST".equals(request.getMethod())) {
      request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
    }
  }
}
