package org.gazetteer.alliance.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What meets an obligation: the condition report, or where the loan was cited. */
@Schema(name = "ObligationReport")
public record ObligationReport(
    @Schema(example = "《嘉州旧志图录》第12页注明“乐山方志馆藏”", maxLength = 4000) @NotBlank @Size(max = 4000)
        String note) {}
