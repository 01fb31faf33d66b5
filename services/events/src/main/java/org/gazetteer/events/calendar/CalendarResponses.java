package org.gazetteer.events.calendar;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

/** A feed as an HTTP answer: its digest as ETag, 304 for a matching If-None-Match. */
final class CalendarResponses {

  private CalendarResponses() {}

  static Response feed(
      String name,
      String description,
      URI source,
      List<CalendarWriter.Entry> entries,
      String ifNoneMatch) {
    String body = CalendarWriter.write(name, description, source, entries);
    EntityTag tag = new EntityTag(digest(body));
    if (ifNoneMatch != null && matches(ifNoneMatch, tag)) {
      return Response.notModified(tag).build();
    }
    return Response.ok(body, CalendarWriter.MEDIA_TYPE + "; charset=utf-8")
        .tag(tag)
        .header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + CalendarWriter.REFRESH.toSeconds())
        .build();
  }

  private static boolean matches(String ifNoneMatch, EntityTag tag) {
    for (String candidate : ifNoneMatch.split(",")) {
      String value = candidate.strip();
      if (value.equals("*") || value.replaceFirst("^W/", "").equals("\"" + tag.getValue() + "\"")) {
        return true;
      }
    }
    return false;
  }

  private static String digest(String body) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
