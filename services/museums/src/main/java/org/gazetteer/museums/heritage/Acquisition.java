package org.gazetteer.museums.heritage;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How and when the museum acquired the object (来源方式, 入藏时间). */
@Schema(name = "Acquisition")
public record Acquisition(
    @NotNull AcquisitionMethod method,
    @Schema(
            nullable = true,
            example = "2023-05-12",
            description = "Date of accession; not in the future")
        @PastOrPresent
        LocalDate date) {}
