package org.gazetteer.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.gazetteer.gateway.routing.Upstream;

/** The merged document's {@code info.description} (CommonMark, as OpenAPI allows). */
final class NetworkDescription {

  private NetworkDescription() {}

  static String of(
      NetworkDocument.Settings settings,
      List<SourceDocument> merged,
      List<SourceDocument> stale,
      List<Upstream> missing,
      Map<Upstream, String> incompatible,
      String version) {
    StringBuilder text = new StringBuilder();
    text.append("The public API of the Gazetteer Museum Network (四川方志馆网络), as its gateway")
        .append(" serves it: one document merged from the services' own OpenAPI documents,")
        .append(
            " with the paths the gateway routes to each. Every request goes to the gateway.\n\n");
    text.append("**Services.**\n\n");
    for (SourceDocument source : merged) {
      JsonNode info = source.document().path("info");
      text.append("- `")
          .append(source.upstream().id())
          .append("`: ")
          .append(info.path("title").asText(source.upstream().id()));
      if (info.hasNonNull("version")) {
        text.append(' ').append(info.path("version").asText());
      }
      if (info.hasNonNull("description")) {
        text.append(". ").append(info.path("description").asText().strip());
      }
      text.append('\n');
    }
    for (Upstream upstream : missing) {
      text.append("- `").append(upstream.id()).append("`: not available yet (see below)\n");
    }
    text.append('\n');
    text.append("**Signing in.** Operations that need a login accept an access token of the")
        .append(" network's Keycloak realm (`")
        .append(settings.signIn().issuer())
        .append("`) either as `bearer` (paste a token) or through `oauth2` (authorization code")
        .append(" with PKCE, public client `gazetteer-web`), which the docs page at `/docs` signs")
        .append(" in with. A request without a token is anonymous; each service decides what a")
        .append(" caller may see and do.\n\n");
    text.append(settings.rateLimits()).append("\n\n");
    if (!stale.isEmpty() || !missing.isEmpty()) {
      text.append("**Parts not up to date.**");
      for (SourceDocument source : stale) {
        text.append(" The `")
            .append(source.upstream().id())
            .append("` part is stale: the service did not answer the latest fetch of its")
            .append(" document, so this is the document fetched at ")
            .append(source.fetchedAt().truncatedTo(ChronoUnit.SECONDS))
            .append('.');
      }
      for (Upstream upstream : missing) {
        text.append(" The `").append(upstream.id()).append("` part is missing: ");
        String other = incompatible.get(upstream);
        if (other != null) {
          text.append("its document is OpenAPI ")
              .append(other)
              .append(", which does not merge with ")
              .append(version)
              .append('.');
        } else {
          text.append("the service has not answered since the gateway started.");
        }
      }
      text.append(" The gateway fetches the documents again every ")
          .append(describe(settings))
          .append("; `x-stale-sources` and `x-missing-sources` list these parts.");
    } else {
      text.append("Every service's part is up to date (`x-stale-sources` and")
          .append(" `x-missing-sources` are empty).");
    }
    return text.toString();
  }

  private static String describe(NetworkDocument.Settings settings) {
    long millis = settings.refresh().toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }
}
