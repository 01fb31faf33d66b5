package org.gazetteer.readingrooms.room;

import java.time.OffsetDateTime;

/**
 * Filters of the register, combinable; null means "any".
 *
 * @param hostType rooms in this kind of host place
 * @param institution rooms managed by this institution
 * @param division a division code; includes the divisions under it
 * @param near rooms within a radius of a point, sorted by distance
 * @param openAt rooms open at this instant (weekly hours, closures, Asia/Shanghai)
 * @param holding rooms holding a work of this title (without 《》)
 * @param text rooms whose name, host name or address contains this text, folded
 * @param pinyin the text as a pattern of the Chinese name's pinyin, or null when it is none: such
 *     rooms are listed after those whose texts hold it (unless sorted by distance)
 */
record ReadingRoomFilter(
    HostType hostType,
    String institution,
    String division,
    NearPoint near,
    OffsetDateTime openAt,
    String holding,
    String text,
    String pinyin) {

  /** Whether text matches come before pinyin matches (the list then pages on both). */
  boolean ranked() {
    return pinyin != null && near == null;
  }
}
