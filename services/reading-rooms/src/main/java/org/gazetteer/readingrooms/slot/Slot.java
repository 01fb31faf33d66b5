package org.gazetteer.readingrooms.slot;

import java.time.OffsetDateTime;

/** One fixed reservation slot of a room: its start and end, at +08:00. */
public record Slot(OffsetDateTime start, OffsetDateTime end) {

  /** Whether {@code start} and {@code end} name this slot, whatever offset they are written in. */
  public boolean matches(OffsetDateTime start, OffsetDateTime end) {
    return this.start.isEqual(start) && this.end.isEqual(end);
  }
}
