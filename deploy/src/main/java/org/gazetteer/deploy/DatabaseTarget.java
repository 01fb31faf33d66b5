package org.gazetteer.deploy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL server the network uses: the embedded one the launcher starts, or an external one
 * given as {@code postgresql://host[:port]}. One database per service plus {@code keycloak} lives
 * in it.
 */
public record DatabaseTarget(
    boolean embedded, String host, int port, String user, String password) {

  /** The databases the launcher creates when missing: the four services' and Keycloak's. */
  public static final List<String> DATABASES =
      List.of("museums", "reading_rooms", "events", "alliance", "keycloak");

  private static final Pattern URL =
      Pattern.compile(
          "^(?:postgresql|postgres)://(\\[[0-9a-fA-F:.]+]|[A-Za-z0-9_.-]+)(?::(\\d{1,5}))?/?$");
  private static final int DEFAULT_PORT = 5432;

  /**
   * The embedded server on {@code port}. It trusts local connections, so the password is only there
   * because clients insist on one.
   */
  public static DatabaseTarget embedded(int port) {
    return new DatabaseTarget(true, "localhost", port, "postgres", "postgres");
  }

  /** An external server; {@code url} is {@code postgresql://host[:port]} without a database. */
  public static DatabaseTarget external(String url, String user, String password) {
    Matcher matcher = URL.matcher(url.trim());
    if (!matcher.matches()) {
      throw new UsageException(
          "the database URL must look like postgresql://host:5432 (no user, database or"
              + " parameters), not '"
              + url
              + "'");
    }
    if (user == null || user.isBlank()) {
      throw new UsageException("an external database needs a user: GAZETTEER_DB_USER or --db-user");
    }
    int port = matcher.group(2) == null ? DEFAULT_PORT : Integer.parseInt(matcher.group(2));
    if (port < 1 || port > 65535) {
      throw new UsageException("the database port must be 1-65535, not " + port);
    }
    return new DatabaseTarget(
        false, matcher.group(1), port, user, password == null ? "" : password);
  }

  /** {@code postgresql://host:port}, the form the services read from {@code GAZETTEER_DB_URL}. */
  public String serviceUrl() {
    return "postgresql://" + host + ":" + port;
  }

  /** The JDBC URL of one database on this server. */
  public String jdbcUrl(String database) {
    return "jdbc:postgresql://" + host + ":" + port + "/" + database;
  }

  @Override
  public String toString() {
    return (embedded ? "embedded " : "external ") + serviceUrl() + " as " + user;
  }
}
