package org.gazetteer.events.venue;

/** Where an event takes place. */
public enum VenueType {
  /** A museum of the network, by its code; checked with the museums service. */
  MUSEUM,
  /** A reading room of the register, by its code; checked with the reading-rooms service. */
  READING_ROOM,
  /** Any other place, by its address. */
  ADDRESS,
  /** Online, at a link. */
  ONLINE;

  /** Whether the venue is a record of another service, named by its code. */
  public boolean byCode() {
    return this == MUSEUM || this == READING_ROOM;
  }
}
