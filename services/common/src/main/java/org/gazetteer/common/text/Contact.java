package org.gazetteer.common.text;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the public reaches an institution (a museum, an alliance member): never a person. */
@Schema(description = "Public contact details")
public record Contact(
    @Schema(pattern = "^[0-9+()\\- ]+$", nullable = true, example = "028-12345678")
        @Size(max = 40)
        @Pattern(regexp = "[0-9+()\\- ]++")
        String phone,
    @Schema(pattern = "^https?://\\S+$", nullable = true, example = "https://example.org")
        @Size(max = 300)
        @Pattern(regexp = "https?://\\S++", message = "must be an http(s) URL")
        String website,
    @Schema(nullable = true, example = "info@example.org", format = "email") @Size(max = 200) @Email
        String email) {}
