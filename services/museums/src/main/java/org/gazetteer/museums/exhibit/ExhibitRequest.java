package org.gazetteer.museums.exhibit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gazetteer.common.text.LocalizedText;

/**
 * An exhibit as a curator writes it. The museum comes from the caller's token; ids, status,
 * versions and authorship are the server's and are rejected here like any unknown property.
 */
@Schema(name = "ExhibitRequest")
public record ExhibitRequest(
    @Schema(example = "CD-2023-0001", description = "Inventory number, unique in the museum")
        @NotBlank
        @Size(max = 64)
        @Pattern(
            regexp = "[\\p{L}\\p{N}._/\\-]+",
            message = "may hold letters, digits and . _ / - only")
        String inventoryNo,
    @NotNull @Valid LocalizedText title,
    @NotNull ExhibitCategory category,
    WorkType workType,
    @Valid DatingRequest dating,
    @Valid LocalizedText description,
    @Schema(example = "[\"扶贫\"]") @Size(max = 30)
        List<@NotBlank @Size(max = 50) String> keywords) {}
