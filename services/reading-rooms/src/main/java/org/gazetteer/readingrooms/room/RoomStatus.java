package org.gazetteer.readingrooms.room;

/** Whether a room is in service. Closed rooms stay in the register, marked as such. */
public enum RoomStatus {
  ACTIVE,
  CLOSED
}
