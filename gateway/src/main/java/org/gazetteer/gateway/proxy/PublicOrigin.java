package org.gazetteer.gateway.proxy;

import java.net.URI;
import java.util.Locale;

/**
 * Scheme, host and port under which clients reach the gateway ({@code gateway.public-url}). The
 * forwarding headers sent to services are built from it alone, never from the {@code Host} or
 * {@code X-Forwarded-*} a client sends, so no client can make a service write {@code Location},
 * {@code Link} or check-in URLs that point at another host.
 */
public record PublicOrigin(String scheme, String host, int port) {

  /**
   * The origin of {@code url}: {@code http} or {@code https}, a host, an optional port, and no path
   * beyond {@code /}, query or fragment.
   *
   * @throws IllegalStateException naming the config key when {@code url} is not such a URL
   */
  public static PublicOrigin of(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    boolean web = scheme.equals("http") || scheme.equals("https");
    String path = url.getRawPath() == null ? "" : url.getRawPath();
    if (!web
        || url.getHost() == null
        || !(path.isEmpty() || path.equals("/"))
        || url.getRawQuery() != null
        || url.getRawFragment() != null
        || url.getRawUserInfo() != null) {
      throw new IllegalStateException(
          "gateway.public-url (GAZETTEER_PUBLIC_URL) must be an http or https URL with a host and"
              + " an optional port, such as https://gazetteer.example.org, but is "
              + url);
    }
    int port = url.getPort() > 0 ? url.getPort() : scheme.equals("https") ? 443 : 80;
    return new PublicOrigin(scheme, url.getHost().toLowerCase(Locale.ROOT), port);
  }
}
