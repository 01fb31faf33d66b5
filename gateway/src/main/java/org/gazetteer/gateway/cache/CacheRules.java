package org.gazetteer.gateway.cache;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * What the gateway's cache may keep: anonymous GETs of what has a TTL (a route, the search),
 * answered 200 by the upstream without cookies or any {@code private}, {@code no-store} or {@code
 * no-cache}; keyed by route, path, query, {@code Accept} and {@code Accept-Language}.
 */
final class CacheRules {

  /** The request headers a kept answer may vary by: they are part of the key (or not sent). */
  private static final Set<String> VARY_OK =
      Set.of("accept", "accept-language", "accept-encoding", "origin");

  private CacheRules() {}

  /** Whether {@code in} may be answered from the cache: a GET without any credentials. */
  static boolean cacheable(HttpServerRequest in, Duration ttl) {
    if (ttl.isZero() || in.method() != HttpMethod.GET) {
      return false;
    }
    MultiMap h = in.headers();
    if (h.contains("Authorization") || h.contains("Cookie")) {
      return false;
    }
    String control = lower(h.get("Cache-Control"));
    return !control.contains("no-cache") && !control.contains("no-store");
  }

  static String key(HttpServerRequest in, String name, String path) {
    return name
        + '\n'
        + path
        + '?'
        + (in.query() == null ? "" : in.query())
        + '\n'
        + nullToEmpty(in.getHeader("Accept"))
        + '\n'
        + nullToEmpty(in.getHeader("Accept-Language"));
  }

  /** Whether an upstream answer may be kept and served to other anonymous readers. */
  static boolean storable(int status, MultiMap headers) {
    if (status != 200 || headers.contains("Set-Cookie")) {
      return false;
    }
    String control = lower(headers.get("Cache-Control"));
    if (control.contains("private")
        || control.contains("no-store")
        || control.contains("no-cache")) {
      return false;
    }
    for (String vary : headers.getAll("Vary")) {
      for (String name : vary.split(",")) {
        if (!VARY_OK.contains(name.trim().toLowerCase(Locale.ROOT))) {
          return false;
        }
      }
    }
    return true;
  }

  /** {@code ttl}, or less when the answer says {@code s-maxage} or {@code max-age}. */
  static Duration ttl(Duration ttl, MultiMap headers) {
    String control = lower(headers.get("Cache-Control"));
    for (String directive : new String[] {"s-maxage=", "max-age="}) {
      int at = control.indexOf(directive);
      if (at >= 0) {
        String digits = control.substring(at + directive.length()).replaceFirst("[^0-9].*", "");
        if (!digits.isEmpty() && digits.length() < 10) {
          Duration said = Duration.ofSeconds(Long.parseLong(digits));
          return said.compareTo(ttl) < 0 ? said : ttl;
        }
      }
    }
    return ttl;
  }

  /** Whether {@code If-None-Match} names the kept answer's ETag (or is {@code *}). */
  static boolean notModified(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null || etag == null) {
      return false;
    }
    String plain = weakless(etag);
    for (String tag : ifNoneMatch.split(",")) {
      String t = tag.trim();
      if (t.equals("*") || weakless(t).equals(plain)) {
        return true;
      }
    }
    return false;
  }

  private static String weakless(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }

  private static String lower(String value) {
    return value == null ? "" : value.toLowerCase(Locale.ROOT);
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
