package org.gazetteer.alliance.resource;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A period in which a resource can be had, both days included. */
@Schema(name = "AvailabilityWindow")
public record AvailabilityWindow(
    @Schema(example = "2027-01-01", format = "date") @NotNull LocalDate from,
    @Schema(example = "2027-06-30", format = "date") @NotNull LocalDate to) {}
