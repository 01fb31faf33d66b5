package org.gazetteer.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.gazetteer.gateway.routing.Upstream;

/**
 * What the gateway holds of one service's own OpenAPI document.
 *
 * @param document the last document fetched, or null when none was ever fetched
 * @param fetchedAt when {@code document} was fetched, or null
 * @param fresh whether the latest fetch succeeded
 */
public record SourceDocument(
    Upstream upstream, JsonNode document, Instant fetchedAt, boolean fresh) {

  public static SourceDocument missing(Upstream upstream) {
    return new SourceDocument(upstream, null, null, false);
  }

  public static SourceDocument fetched(Upstream upstream, JsonNode document, Instant at) {
    return new SourceDocument(upstream, document, at, true);
  }

  /** The same document, kept after a fetch that failed. */
  public SourceDocument failed() {
    return new SourceDocument(upstream, document, fetchedAt, false);
  }

  public boolean missing() {
    return document == null;
  }

  /** Held, but the latest fetch failed. */
  public boolean stale() {
    return document != null && !fresh;
  }
}
