package org.gazetteer.museums.museum;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gazetteer.common.geo.GeoPoint;
import org.gazetteer.common.text.Contact;
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

  /** The audited fields, by the dotted paths clients use. */
  static Map<String, Object> snapshot(Museum m) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("name.zh", m.nameZh);
    fields.put("name.en", m.nameEn);
    fields.put("kind", m.kind == null ? null : m.kind.name());
    fields.put("parent", m.parentCode);
    fields.put("division", m.division);
    fields.put("address.zh", m.addressZh);
    fields.put("address.en", m.addressEn);
    fields.put("location.lat", m.lat);
    fields.put("location.lon", m.lon);
    fields.put("openingHours", m.openingHours == null ? List.of() : m.openingHours.weekly());
    fields.put("contact.phone", m.phone);
    fields.put("contact.website", m.website);
    fields.put("contact.email", m.email);
    return fields;
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
