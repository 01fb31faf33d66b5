package org.gazetteer.deploy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the command line and the environment into a {@link NetworkConfig}. An option wins over its
 * environment variable, which wins over the default; {@link #USAGE} lists them all.
 */
final class LaunchOptions {

  static final String USAGE =
      """
      Usage: ./gazetteer [options]   (or java -jar deploy/target/gazetteer-launcher.jar [options])

      Starts embedded PostgreSQL, Keycloak, the four services and the gateway in the foreground;
      Ctrl-C stops everything. Options (environment variable in brackets):
        --only all|infra             all (default), or only PostgreSQL + Keycloak
        --data-dir DIR               data kept between runs [GAZETTEER_DATA_DIR] (<repo>/.data)
        --log-dir DIR                one log per component [GAZETTEER_LOG_DIR] (<data-dir>/logs)
        --db-url postgresql://H:P    use this external PostgreSQL, no embedded one [GAZETTEER_DB_URL]
        --db-user USER               its user [GAZETTEER_DB_USER]
        --db-password PASSWORD       its password [GAZETTEER_DB_PASSWORD]
        --no-demo-data               services start without demo data [GAZETTEER_DEMO_DATA=false]
        --keycloak-java-home DIR     JDK for Keycloak [GAZETTEER_KEYCLOAK_JAVA_HOME] (newest 21+)
        --timeout SECONDS            per component start timeout [GAZETTEER_START_TIMEOUT] (300)
        --bind-address ADDR          where every component listens [GAZETTEER_BIND_ADDRESS]:
                                     127.0.0.1 (default, this machine only) or 0.0.0.0 (all)
        --gateway-port N             [GAZETTEER_GATEWAY_PORT] (8080)
        --museums-port N             [GAZETTEER_MUSEUMS_PORT] (8081)
        --reading-rooms-port N       [GAZETTEER_READING_ROOMS_PORT] (8082)
        --events-port N              [GAZETTEER_EVENTS_PORT] (8083)
        --alliance-port N            [GAZETTEER_ALLIANCE_PORT] (8084)
        --keycloak-port N            [GAZETTEER_KEYCLOAK_PORT] (8180)
        --keycloak-management-port N health endpoints [GAZETTEER_KEYCLOAK_MANAGEMENT_PORT] (9180)
        --pg-port N                  embedded PostgreSQL [GAZETTEER_PG_PORT] (15432)
        --help                       this text
      The repository root is found from the launcher jar; GAZETTEER_HOME overrides it.
      """;

  private static final Set<String> FLAGS = Set.of("--no-demo-data", "--help", "-h");
  private static final Set<String> VALUED =
      Set.of(
          "--only",
          "--data-dir",
          "--log-dir",
          "--db-url",
          "--db-user",
          "--db-password",
          "--keycloak-java-home",
          "--timeout",
          "--bind-address",
          "--gateway-port",
          "--museums-port",
          "--reading-rooms-port",
          "--events-port",
          "--alliance-port",
          "--keycloak-port",
          "--keycloak-management-port",
          "--pg-port");

  private final Map<String, String> options;
  private final Map<String, String> env;

  private LaunchOptions(Map<String, String> options, Map<String, String> env) {
    this.options = options;
    this.env = env;
  }

  /** The config to run, or empty when only the help text was asked for. */
  static Optional<NetworkConfig> parse(List<String> args, Map<String, String> env, Path repoRoot) {
    LaunchOptions parsed = new LaunchOptions(split(args), env);
    if (parsed.options.containsKey("--help") || parsed.options.containsKey("-h")) {
      return Optional.empty();
    }
    return Optional.of(parsed.toConfig(repoRoot));
  }

  private static Map<String, String> split(List<String> args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      int eq = arg.indexOf('=');
      String name = eq > 0 ? arg.substring(0, eq) : arg;
      if (FLAGS.contains(name) && eq < 0) {
        options.put(name, "true");
      } else if (VALUED.contains(name)) {
        if (eq < 0 && i + 1 >= args.size()) {
          throw new UsageException(name + " needs a value");
        }
        options.put(name, eq > 0 ? arg.substring(eq + 1) : args.get(++i));
      } else {
        throw new UsageException("unknown option '" + arg + "'");
      }
    }
    return options;
  }

  private NetworkConfig toConfig(Path repoRoot) {
    Path dataDir = path("--data-dir", "GAZETTEER_DATA_DIR").orElse(repoRoot.resolve(".data"));
    Path logDir = path("--log-dir", "GAZETTEER_LOG_DIR").orElse(dataDir.resolve("logs"));
    Ports ports = ports();
    Optional<String> dbUrl = value("--db-url", "GAZETTEER_DB_URL");
    DatabaseTarget database =
        dbUrl.isPresent()
            ? DatabaseTarget.external(
                dbUrl.get(),
                value("--db-user", "GAZETTEER_DB_USER").orElse(null),
                value("--db-password", "GAZETTEER_DB_PASSWORD").orElse(""))
            : DatabaseTarget.embedded(ports.postgres());
    boolean demoData =
        !options.containsKey("--no-demo-data")
            && !"false".equalsIgnoreCase(env.getOrDefault("GAZETTEER_DEMO_DATA", "true").trim());
    Scope scope = value("--only", null).map(Scope::parse).orElse(Scope.ALL);
    long timeout = number("--timeout", "GAZETTEER_START_TIMEOUT", 300, 1, 86_400);
    return new NetworkConfig(
        repoRoot,
        dataDir,
        logDir,
        ports,
        bindAddress(),
        database,
        demoData,
        scope,
        path("--keycloak-java-home", "GAZETTEER_KEYCLOAK_JAVA_HOME"),
        Duration.ofSeconds(timeout));
  }

  private Ports ports() {
    Ports d = Ports.defaults();
    return new Ports(
        port("--gateway-port", "GAZETTEER_GATEWAY_PORT", d.gateway()),
        port("--museums-port", "GAZETTEER_MUSEUMS_PORT", d.museums()),
        port("--reading-rooms-port", "GAZETTEER_READING_ROOMS_PORT", d.readingRooms()),
        port("--events-port", "GAZETTEER_EVENTS_PORT", d.events()),
        port("--alliance-port", "GAZETTEER_ALLIANCE_PORT", d.alliance()),
        port("--keycloak-port", "GAZETTEER_KEYCLOAK_PORT", d.keycloak()),
        port(
            "--keycloak-management-port",
            "GAZETTEER_KEYCLOAK_MANAGEMENT_PORT",
            d.keycloakManagement()),
        port("--pg-port", "GAZETTEER_PG_PORT", d.postgres()));
  }

  /** Components reach one another at localhost (one issuer), so 127.0.0.1 must be included. */
  private String bindAddress() {
    String address =
        value("--bind-address", "GAZETTEER_BIND_ADDRESS").orElse(NetworkConfig.LOOPBACK).trim();
    if (address.equals(NetworkConfig.LOOPBACK) || address.equals(NetworkConfig.EVERY_INTERFACE)) {
      return address;
    }
    throw new UsageException(
        "%s must be 127.0.0.1 (this machine only) or 0.0.0.0 (every interface), not '%s':"
                .formatted(source("--bind-address", "GAZETTEER_BIND_ADDRESS"), address)
            + " the components reach one another at localhost");
  }

  private int port(String option, String variable, int fallback) {
    return (int) number(option, variable, fallback, 1, 65_535);
  }

  private long number(String option, String variable, long fallback, long min, long max) {
    Optional<String> raw = value(option, variable);
    if (raw.isEmpty()) {
      return fallback;
    }
    try {
      long parsed = Long.parseLong(raw.get().trim());
      if (parsed >= min && parsed <= max) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(
        "%s must be a number from %d to %d, not '%s'"
            .formatted(source(option, variable), min, max, raw.get()));
  }

  private String source(String option, String variable) {
    return options.containsKey(option) ? option : variable;
  }

  private Optional<Path> path(String option, String variable) {
    return value(option, variable).map(p -> Path.of(p).toAbsolutePath().normalize());
  }

  private Optional<String> value(String option, String variable) {
    String raw = options.get(option);
    if (raw == null && variable != null) {
      raw = env.get(variable);
    }
    return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(raw);
  }
}
