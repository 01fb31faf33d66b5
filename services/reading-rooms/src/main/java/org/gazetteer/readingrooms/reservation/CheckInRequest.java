package org.gazetteer.readingrooms.reservation;

import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a check-in: the code the visitor shows. */
@Schema(name = "CheckInRequest")
public record CheckInRequest(
    @Schema(pattern = "^" + CheckInRequest.CODE + "$", example = "K7Q2XM")
        @Pattern(regexp = CheckInRequest.CODE, message = "must be the 6-character check-in code")
        String code) {

  static final String CODE = "[0-9A-Za-z]{6}";
}
