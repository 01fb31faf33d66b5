package org.gazetteer.museums.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gazetteer.common.openapi.RequiredProperties;
import org.gazetteer.museums.exhibit.ExhibitResponse;

/** A page of exhibits; when searching, best first and with the facets of the whole result. */
@Schema(name = "ExhibitPage")
public record SearchPage(
    List<ExhibitResponse> items,
    @Schema(nullable = true, description = "Opaque cursor of the next page; null on the last page")
        String next,
    @Schema(
            description = "Counts of the whole result; only when searching",
            extensions = @Extension(name = RequiredProperties.LEFT_OUT_WHEN_NULL, value = "true"))
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Facets facets) {}
