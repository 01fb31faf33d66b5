package org.gazetteer.common.openapi;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Gives every error response that a resource declares (4xx, 5xx) the problem+json body of
 * docs/api-conventions.md, so resources state only the status and why.
 */
final class ProblemResponses {

  private static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
  private static final String PROBLEM = "Problem";

  private ProblemResponses() {}

  /** Gives the operation's error responses without a body the problem+json one. */
  static void declare(Operation operation) {
    if (operation.getResponses() == null) {
      return;
    }
    Map<String, APIResponse> responses = operation.getResponses().getAPIResponses();
    if (responses == null) {
      return;
    }
    responses.forEach(
        (code, response) -> {
          if (isError(code)
              && (response.getContent() == null
                  || response.getContent().getMediaTypes().isEmpty())) {
            response.setContent(problemContent());
          }
        });
  }

  /** Adds the {@code Problem} schema unless the scan found the record. */
  static void addSchema(OpenAPI openAPI) {
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    if (!SchemaGraph.components(openAPI).containsKey(PROBLEM)) {
      openAPI.getComponents().addSchema(PROBLEM, problemSchema());
    }
  }

  private static Schema problemSchema() {
    Schema fieldError =
        OASFactory.createSchema()
            .type(List.of(Schema.SchemaType.OBJECT))
            .addProperty("field", string("Dotted body path or parameter name", "title.zh"))
            .addProperty("message", string("What is wrong with it", "must not be blank"));
    return OASFactory.createSchema()
        .type(List.of(Schema.SchemaType.OBJECT))
        .description("RFC 9457 problem details")
        .addExtension(RequiredProperties.LEFT_OUT_WHEN_NULL, "true")
        .addProperty("type", string("Relative URI of the problem kind", "/problems/validation"))
        .addProperty("title", string("Short summary of the kind", "Invalid request"))
        .addProperty(
            "status",
            OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).example(400))
        .addProperty("detail", string("What went wrong this time", "title.zh: must not be blank"))
        .addProperty(
            "errors",
            OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY)).items(fieldError))
        .addProperty("requestId", string("Id of the request, to quote in reports", null));
  }

  private static Schema string(String description, String example) {
    return OASFactory.createSchema()
        .type(List.of(Schema.SchemaType.STRING))
        .description(description)
        .example(example);
  }

  private static boolean isError(String code) {
    return code.startsWith("4") || code.startsWith("5");
  }

  private static Content problemContent() {
    return OASFactory.createContent()
        .addMediaType(
            PROBLEM_MEDIA_TYPE,
            OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(SchemaGraph.COMPONENTS + PROBLEM)));
  }
}
