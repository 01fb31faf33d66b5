package org.gazetteer.deploy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Creates the network's databases that do not exist yet; each service migrates its own schema. */
final class Databases {

  private Databases() {}

  /** Returns the names it created; existing databases are left alone. */
  static List<String> createMissing(DatabaseTarget target, List<String> names) {
    List<String> created = new ArrayList<>();
    try (Connection connection =
        DriverManager.getConnection(target.jdbcUrl("postgres"), target.user(), target.password())) {
      for (String name : names) {
        if (!exists(connection, name)) {
          try (Statement statement = connection.createStatement()) {
            // Names come from DatabaseTarget.DATABASES, never from input: safe to inline.
            statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
          }
          created.add(name);
        }
      }
    } catch (SQLException e) {
      throw new StartupException(
          "could not create the databases on " + target + ": " + e.getMessage(), e);
    }
    return created;
  }

  private static boolean exists(Connection connection, String name) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      query.setString(1, name);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }
}
