package org.gazetteer.events.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gazetteer.common.geo.Divisions;
import org.gazetteer.common.text.LocalizedText;
import org.gazetteer.events.session.SessionRequest;
import org.gazetteer.events.venue.VenueRequest;

/**
 * An event as an organizer writes it. Sessions may come with a new event; afterwards they are
 * changed one by one under {@code /api/events/{id}/sessions}, so a replacement ({@code PUT})
 * carries none.
 */
@Schema(name = "EventRequest")
public record EventRequest(
    @NotNull @Valid LocalizedText title,
    @Valid LocalizedText description,
    @NotNull EventTarget target,
    @NotNull EventKind kind,
    @NotNull @Valid VenueRequest venue,
    @Schema(
            description =
                "6-digit division code (GB/T 2260); taken from the museum or reading room when"
                    + " omitted",
            example = "510100",
            pattern = "^" + Divisions.CODE + "$")
        @Pattern(regexp = Divisions.CODE, message = Divisions.CODE_MESSAGE)
        String division,
    @Schema(description = "The first sessions, when creating only", maxItems = 100) @Size(max = 100)
        List<@Valid @NotNull SessionRequest> sessions) {}
