package org.gazetteer.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One real network for all end-to-end classes of a run: started by the first class that asks for
 * it, stopped (and its data removed) when the run ends. Keycloak's first start dominates the
 * suite's time, so the classes share it rather than each starting their own.
 */
final class SharedNetwork implements ExtensionContext.Store.CloseableResource {

  /** Resolves {@link SharedNetwork} parameters of test classes that extend with it. */
  static final class Resolver implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == SharedNetwork.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      return context
          .getRoot()
          .getStore(ExtensionContext.Namespace.GLOBAL)
          .getOrComputeIfAbsent(SharedNetwork.class, key -> start(), SharedNetwork.class);
    }
  }

  private final Path data;
  private final NetworkConfig config;
  private final Network network;
  private final TokenCache tokens;

  private SharedNetwork(Path data, NetworkConfig config, Network network) {
    this.data = data;
    this.config = config;
    this.network = network;
    this.tokens =
        new TokenCache(
            "gazetteer-cli", form -> NetworkFixtures.token(config, form), System::nanoTime);
  }

  private static SharedNetwork start() {
    try {
      Path data = Files.createTempDirectory("gazetteer-e2e-");
      Path root = RepoRoot.locate(Map.of(), Path.of("").toAbsolutePath());
      NetworkConfig config =
          NetworkConfig.defaults(root).withPorts(Ports.ephemeral()).withDataDir(data);
      Network network = new Network(config, line -> System.out.println("[network] " + line));
      network.start();
      // the realm's web client knows the gateway's default port only
      new KeycloakAdmin(config).allowWebClientAt("http://localhost:" + config.ports().gateway());
      return new SharedNetwork(data, config, network);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The gateway's origin, where the web pages are, e.g. {@code http://localhost:41234}. */
  String gateway() {
    return "http://localhost:" + config.ports().gateway();
  }

  /**
   * A new visitor of the realm (no role), with a password: each browser test books as its own
   * visitor, clear of the per-visitor limits the other tests' bookings count against.
   */
  Visitor newVisitor() {
    String username = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
    String password = "Pw-" + UUID.randomUUID();
    new KeycloakAdmin(config).createUser(username, password);
    String token =
        NetworkFixtures.passwordGrant(config, "gazetteer-cli", username, password)
            .then()
            .statusCode(200)
            .extract()
            .path("access_token");
    return new Visitor(username, password, "Bearer " + token);
  }

  /** A visitor of {@link #newVisitor}: their sign-in and a bearer token for the API. */
  record Visitor(String username, String password, String bearer) {}

  /** The gateway's API base, e.g. {@code http://localhost:41234/api}. */
  String api() {
    return "http://localhost:" + config.ports().gateway() + "/api";
  }

  /**
   * {@code Bearer <token>} of a demo user, valid for at least a minute: one password grant per run,
   * refreshed when it nears expiry. Ask for it in each test (tokens live five minutes).
   */
  String bearer(String username) {
    return tokens.bearer(username, NetworkFixtures.password(username));
  }

  /** The network's settings: ports, the token issuer. */
  NetworkConfig config() {
    return config;
  }

  @Override
  public void close() throws IOException {
    network.close();
    try (Stream<Path> files = Files.walk(data)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }
}
