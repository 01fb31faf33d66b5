package org.gazetteer.common.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid field of a request: the dotted body path or the parameter name, and why. */
@Schema(description = "One invalid field or parameter")
public record FieldError(
    @Schema(
            description = "Dotted path of the body property, or the parameter name",
            example = "title.zh")
        String field,
    @Schema(example = "must not be blank") String message) {}
