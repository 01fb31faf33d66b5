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
 * @param text rooms whose name, host name or address contains this text
 */
record ReadingRoomFilter(
    HostType hostType,
    String institution,
    String division,
    NearPoint near,
    OffsetDateTime openAt,
    String holding,
    String text) {}
