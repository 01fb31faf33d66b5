package org.gazetteer.gateway.access;

import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import org.gazetteer.common.http.PercentDecoding;

/**
 * Hides secrets in a request target before it is logged: the values of query parameters that carry
 * check-in codes, tokens or passwords become {@code ***}. Names are compared percent-decoded and
 * ignoring case, as a service would read them ({@code co%64e=…} is {@code code}).
 */
final class QueryMasking {

  static final String MASK = "***";

  static final Set<String> SECRET_PARAMETERS =
      Set.of(
          "code",
          "access_token",
          "token",
          "id_token",
          "refresh_token",
          "client_secret",
          "password");

  private QueryMasking() {}

  /** {@code uri} (path and optional query, raw) with the values of secret parameters masked. */
  static String mask(String uri) {
    int question = uri.indexOf('?');
    if (question < 0) {
      return uri;
    }
    StringJoiner query = new StringJoiner("&", uri.substring(0, question + 1), "");
    for (String pair : uri.substring(question + 1).split("&", -1)) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      query.add(equals >= 0 && isSecret(name) ? name + "=" + MASK : pair);
    }
    return query.toString();
  }

  private static boolean isSecret(String rawName) {
    String name;
    try {
      name = PercentDecoding.decode(rawName, true);
    } catch (IllegalArgumentException e) {
      name = rawName;
    }
    return SECRET_PARAMETERS.contains(name.strip().toLowerCase(Locale.ROOT));
  }
}
