package org.gazetteer.museums.exhibition;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gazetteer.common.text.LocalizedText;

/** An exhibition as a curator writes it; the museum comes from the caller's token. */
@Schema(name = "ExhibitionRequest")
public record ExhibitionRequest(
    @NotNull @Valid LocalizedText title,
    @Valid LocalizedText description,
    @Schema(example = "2026-12-01") @NotNull LocalDate startsOn,
    @Schema(example = "2027-03-31", description = "Last day; open-ended when absent")
        LocalDate endsOn,
    @Schema(description = "A travelling exhibition (流动展览) that tours other venues")
        boolean travelling,
    @Schema(description = "Exhibits of the museum, in the order they are shown") @Size(max = 500)
        List<@NotNull UUID> exhibits) {}
