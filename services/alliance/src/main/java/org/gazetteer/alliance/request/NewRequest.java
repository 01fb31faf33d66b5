package org.gazetteer.alliance.request;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member's request for another member's resource. */
@Schema(name = "ShareRequestRequest")
public record NewRequest(
    @Schema(description = "The shared resource asked for") @NotNull UUID resource,
    @Schema(example = "乐山方志馆“嘉州旧志”专题展借展", maxLength = 2000) @NotBlank @Size(max = 2000)
        String purpose,
    @Schema(
            example = "2027-03-01",
            format = "date",
            description = "First day, today (Asia/Shanghai) or later")
        @NotNull
        LocalDate from,
    @Schema(
            example = "2027-04-30",
            format = "date",
            description = "Last day, on or after from and less than 366 days after it")
        @NotNull
        LocalDate to,
    @Schema(
            description =
                "Items asked for: PHYSICAL resources only (1 when absent), at most theirs",
            minimum = "1",
            maximum = "100000",
            format = "int32")
        @Min(1)
        @Max(100_000)
        Integer quantity) {}
