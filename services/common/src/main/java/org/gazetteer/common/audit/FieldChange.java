package org.gazetteer.common.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field's value before and after a change; null where it had or has none. */
@Schema(name = "FieldChange")
public record FieldChange(
    @Schema(example = "四川扶贫志") Object from, @Schema(example = "四川扶贫志（修订）") Object to) {}
