package org.gazetteer.readingrooms.room;

import org.gazetteer.common.geo.GeoPoint;
import org.gazetteer.common.text.LocalizedText;

/** Maps reading rooms from the entity to the API records, field by field. */
final class ReadingRoomMapper {

  private ReadingRoomMapper() {}

  static ReadingRoomResponse toResponse(ReadingRoom r) {
    return new ReadingRoomResponse(
        r.code,
        new LocalizedText(r.nameZh, r.nameEn),
        r.hostType,
        new LocalizedText(r.hostNameZh, r.hostNameEn),
        r.institution,
        r.division,
        LocalizedText.of(r.addressZh, r.addressEn),
        GeoPoint.of(r.lat, r.lon),
        r.seats,
        r.status,
        r.demo,
        r.version,
        r.updatedAt);
  }
}
