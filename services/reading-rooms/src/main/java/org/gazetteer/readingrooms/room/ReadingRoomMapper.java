package org.gazetteer.readingrooms.room;

import java.util.Arrays;
import java.util.List;
import org.gazetteer.common.geo.GeoPoint;
import org.gazetteer.common.text.LocalizedText;

/** Maps reading rooms between the API records and the entity, field by field. */
final class ReadingRoomMapper {

  private ReadingRoomMapper() {}

  static ReadingRoomResponse toResponse(ReadingRoom r) {
    return toResponse(r, null);
  }

  static ReadingRoomResponse toResponse(ReadingRoom r, Double distanceKm) {
    RoomSchedule schedule = r.schedule == null ? new RoomSchedule(null, null) : r.schedule;
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
        schedule.weekly(),
        schedule.closures(),
        Arrays.stream(r.facilities).map(Facility::valueOf).toList(),
        r.slotMinutes,
        r.status,
        r.demo,
        r.version,
        r.updatedAt,
        distanceKm == null ? null : Math.round(distanceKm * 1000) / 1000.0);
  }

  static void apply(ReadingRoomRequest q, int slotMinutes, ReadingRoom r) {
    r.nameZh = q.name().zh();
    r.nameEn = q.name().en();
    r.hostType = q.hostType();
    r.hostNameZh = q.hostName().zh();
    r.hostNameEn = q.hostName().en();
    r.division = q.division();
    r.addressZh = q.address() == null ? null : q.address().zh();
    r.addressEn = q.address() == null ? null : q.address().en();
    r.lat = q.location() == null ? null : q.location().lat();
    r.lon = q.location() == null ? null : q.location().lon();
    r.seats = q.seats();
    r.schedule = new RoomSchedule(q.openingHours(), q.closures());
    List<Facility> facilities = q.facilities() == null ? List.of() : q.facilities();
    r.facilities = facilities.stream().distinct().map(Facility::name).toArray(String[]::new);
    r.slotMinutes = slotMinutes;
  }
}
