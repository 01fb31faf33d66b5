package org.gazetteer.readingrooms.reservation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the visitor shows at the desk: a short code of letters and digits without look-alikes (0/O,
 * 1/I), and the same as a URL fit for a QR code, which staff can POST to check the visitor in. Only
 * the visitor sees it.
 */
@Schema(
    name = "CheckIn",
    description = "How to check in: shown to the visitor who reserved, null for anyone else")
public record CheckIn(
    @Schema(example = "K7Q2XM") String code,
    @Schema(example = "https://gazetteer.example/api/reservations/5b0c…/check-in?code=K7Q2XM")
        String url) {}
