package org.gazetteer.museums.museum;

import java.util.List;
import org.gazetteer.common.geo.GeoPoint;
import org.gazetteer.common.text.LocalizedText;

/** Maps museums between the API records and the entity, field by field. */
final class MuseumMapper {

  private MuseumMapper() {}

  static MuseumResponse toResponse(Museum m) {
    return new MuseumResponse(
        m.code,
        new LocalizedText(m.nameZh, m.nameEn),
        m.kind,
        m.parentCode,
        m.division,
        LocalizedText.of(m.addressZh, m.addressEn),
        GeoPoint.of(m.lat, m.lon),
        m.openingHours == null ? List.of() : m.openingHours.weekly(),
        m.phone == null && m.website == null && m.email == null
            ? null
            : new Contact(m.phone, m.website, m.email),
        m.status,
        m.demo,
        m.version,
        m.updatedAt);
  }

  static void apply(MuseumRequest r, Museum m) {
    m.nameZh = r.name().zh();
    m.nameEn = r.name().en();
    m.kind = r.kind();
    m.parentCode = r.parent();
    m.division = r.division();
    m.addressZh = r.address() == null ? null : r.address().zh();
    m.addressEn = r.address() == null ? null : r.address().en();
    m.lat = r.location() == null ? null : r.location().lat();
    m.lon = r.location() == null ? null : r.location().lon();
    m.openingHours =
        new WeeklySchedule(r.openingHours() == null ? List.of() : List.copyOf(r.openingHours()));
    m.phone = r.contact() == null ? null : r.contact().phone();
    m.website = r.contact() == null ? null : r.contact().website();
    m.email = r.contact() == null ? null : r.contact().email();
  }
}
