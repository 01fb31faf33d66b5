package org.gazetteer.readingrooms.room;

/** Filters of the reading-room list; null means "any". */
record ReadingRoomFilter(HostType hostType, String institution, String division) {}
