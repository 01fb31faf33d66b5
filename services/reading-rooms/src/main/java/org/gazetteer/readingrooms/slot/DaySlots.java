package org.gazetteer.readingrooms.slot;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gazetteer.common.openapi.RequiredProperties;
import org.gazetteer.common.text.LocalizedText;

/** The slots of one room on one day, or why there are none. */
@Schema(name = "DaySlots")
public record DaySlots(
    @Schema(example = "wuhou-001") String room,
    @Schema(description = "Local date in Asia/Shanghai", example = "2026-12-01") LocalDate date,
    @Schema(description = "True on a dated closure") boolean closed,
    @Schema(
            description = "Why the room is closed that day; left out on other days",
            extensions = @Extension(name = RequiredProperties.LEFT_OUT_WHEN_NULL, value = "true"))
        @JsonInclude(JsonInclude.Include.NON_NULL)
        LocalizedText closure,
    List<SlotResponse> slots) {}
