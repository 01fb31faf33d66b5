package org.gazetteer.common.linkeddata;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gazetteer.common.text.LocalizedText;

/**
 * What the schema.org JSON-LD views share: the media type, content negotiation and the context. The
 * context is inline ({@code @vocab} schema.org) rather than the remote {@code "https://schema.org"}
 * document, so that a JSON-LD processor can expand these records without fetching anything.
 */
public final class JsonLd {

  public static final String MEDIA_TYPE = "application/ld+json";

  private static final MediaType LD = MediaType.valueOf(MEDIA_TYPE);

  public static final Map<String, Object> CONTEXT =
      Map.of("@vocab", "https://schema.org/", "@language", "zh");

  private JsonLd() {}

  /**
   * Whether the client prefers JSON-LD: the first acceptable type (by q) that either view matches
   * is {@code application/ld+json} itself; wildcards and {@code application/json} keep plain JSON.
   */
  public static boolean preferred(HttpHeaders headers) {
    for (MediaType accepted : headers.getAcceptableMediaTypes()) {
      if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
        return false;
      }
      if (LD.isCompatible(accepted) && !accepted.isWildcardSubtype()) {
        return true;
      }
    }
    return false;
  }

  /** A new node with the context, {@code @id} and {@code @type}. */
  public static Map<String, Object> node(String id, Object type) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("@context", CONTEXT);
    node.put("@id", id);
    node.put("@type", type);
    return node;
  }

  /** Bilingual text as language-tagged values; null when there is none. */
  public static Object text(LocalizedText text) {
    if (text == null) {
      return null;
    }
    List<Object> values = new ArrayList<>();
    values.add(Map.of("@value", text.zh(), "@language", "zh"));
    if (text.en() != null && !text.en().isBlank()) {
      values.add(Map.of("@value", text.en(), "@language", "en"));
    }
    return values;
  }

  public static void put(Map<String, Object> node, String key, Object value) {
    if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
      node.put(key, value);
    }
  }
}
