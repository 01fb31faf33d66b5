package org.gazetteer.common.openapi;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * SmallRye OpenAPI copies a {@code @Pattern} as it is, but Bean Validation matches it against the
 * whole value and a JSON Schema {@code pattern} matches anywhere in it: {@code [1-8][0-9]{5}} would
 * admit {@code "x5101000"}. Every pattern of the document (parameters, bodies, array items,
 * components) is stated between {@code ^} and {@code $}, except {@code \S}, SmallRye's form of
 * {@code @NotBlank}, which is meant to match anywhere.
 *
 * <p>A pattern with constructs that ECMA-262 lacks or reads otherwise (possessive quantifiers,
 * which keep validation linear) is left as it is: only its author can write the same language in
 * ECMA-262, with {@code @Schema(pattern = "^…$")}, and the platform contract test names it.
 */
final class AnchoredPatterns {

  private AnchoredPatterns() {}

  static void apply(OpenAPI openAPI) {
    SchemaGraph.roots(openAPI).forEach(root -> SchemaGraph.visit(root, AnchoredPatterns::anchor));
  }

  private static void anchor(Schema schema) {
    String pattern = schema.getPattern();
    if (pattern == null
        || pattern.equals(SchemaPatterns.NOT_BLANK)
        || SchemaPatterns.anchored(pattern)
        || SchemaPatterns.javaOnly(pattern).isPresent()) {
      return;
    }
    schema.setPattern(SchemaPatterns.anchor(pattern));
  }
}
