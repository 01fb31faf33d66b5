package org.gazetteer.museums.heritage;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many pieces the record covers (实际数量) and in what unit they are counted. */
@Schema(name = "Quantity")
public record Quantity(
    @Schema(example = "12") @NotNull @Positive @Max(1_000_000) Integer count,
    @Schema(example = "册", description = "Unit as counted: 件, 套, 册, 张, 幅…")
        @NotBlank
        @Size(max = 10)
        String unit) {}
