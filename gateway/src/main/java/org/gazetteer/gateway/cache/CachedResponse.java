package org.gazetteer.gateway.cache;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An upstream answer kept for anonymous readers: its status, end-to-end headers and body, and until
 * when it is fresh and until when it may still be served stale (both {@link System#nanoTime}).
 */
record CachedResponse(
    int status,
    List<Map.Entry<String, String>> headers,
    Buffer body,
    long storedAt,
    long freshUntil,
    long staleUntil) {

  /** Headers of the one response, not of the answer: recomputed or the current request's own. */
  private static final Set<String> PER_RESPONSE = Set.of("content-length", "x-request-id", "age");

  static CachedResponse of(
      int status, MultiMap headers, Buffer body, long now, long ttl, long stale) {
    List<Map.Entry<String, String>> kept = new ArrayList<>();
    headers.forEach(
        (name, value) -> {
          if (!PER_RESPONSE.contains(name.toLowerCase(Locale.ROOT))) {
            kept.add(Map.entry(name, value));
          }
        });
    return new CachedResponse(status, List.copyOf(kept), body, now, now + ttl, now + ttl + stale);
  }

  /** What it weighs in the cache's memory bound: its body and headers, roughly. */
  int weight() {
    int size = body.length();
    for (Map.Entry<String, String> h : headers) {
      size += h.getKey().length() + h.getValue().length();
    }
    return size;
  }

  String header(String name) {
    return headers.stream()
        .filter(h -> h.getKey().equalsIgnoreCase(name))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }
}
