package org.gazetteer.readingrooms.reservation;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The optional body of a cancellation (docs/api-conventions.md). */
@Schema(name = "ReservationActionRequest")
public record ActionRequest(@Schema(example = "Plans changed") @Size(max = 2000) String reason) {}
