package org.gazetteer.alliance.resource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gazetteer.alliance.museums.ExhibitRecord;
import org.gazetteer.common.text.LocalizedText;

/** Maps shared resources between the entity and the API records, field by field. */
final class ResourceMapper {

  private ResourceMapper() {}

  /** The response, with what museums says now of the exhibit shared (absent when unknown). */
  static ResourceResponse toResponse(SharedResource r, Map<UUID, ExhibitRecord> exhibits) {
    SourceView source = null;
    if (r.sourceId != null) {
      ExhibitRecord e = exhibits.get(r.sourceId);
      source =
          new SourceView(
              r.sourceType,
              r.sourceId,
              e == null ? null : e.title(),
              e == null ? null : e.firstImage());
    }
    return new ResourceResponse(
        r.id,
        r.owner,
        r.kind,
        new LocalizedText(r.titleZh, r.titleEn),
        LocalizedText.of(r.descriptionZh, r.descriptionEn),
        r.scope,
        LocalizedText.of(r.rightsZh, r.rightsEn),
        r.licence,
        LocalizedText.of(r.termsZh, r.termsEn),
        r.delivery,
        r.quantity,
        r.availability == null ? List.of() : r.availability.windows(),
        source,
        r.demo,
        r.version,
        r.createdAt,
        r.updatedAt);
  }

  static void apply(ResourceRequest q, SharedResource r) {
    r.kind = q.kind();
    r.titleZh = q.title().zh();
    r.titleEn = blank(q.title().en());
    r.descriptionZh = q.description() == null ? null : q.description().zh();
    r.descriptionEn = q.description() == null ? null : blank(q.description().en());
    r.scope = q.scope();
    r.rightsZh = q.rights() == null ? null : q.rights().zh();
    r.rightsEn = q.rights() == null ? null : blank(q.rights().en());
    r.licence = q.licence();
    r.termsZh = q.terms() == null ? null : q.terms().zh();
    r.termsEn = q.terms() == null ? null : blank(q.terms().en());
    r.delivery = q.delivery();
    r.quantity = q.quantity();
    r.availability =
        new StoredAvailability(
            q.availability() == null ? List.of() : List.copyOf(q.availability()));
    r.sourceType = q.source() == null ? null : q.source().type();
    r.sourceId = q.source() == null ? null : q.source().id();
  }

  static Map<String, Object> snapshot(SharedResource r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", r.kind == null ? null : r.kind.name());
    m.put("title.zh", r.titleZh);
    m.put("title.en", r.titleEn);
    m.put("description.zh", r.descriptionZh);
    m.put("scope", r.scope == null ? null : r.scope.name());
    m.put("rights.zh", r.rightsZh);
    m.put("licence", r.licence == null ? null : r.licence.name());
    m.put("terms.zh", r.termsZh);
    m.put("delivery", r.delivery == null ? null : r.delivery.name());
    m.put("quantity", r.quantity);
    m.put("source", r.sourceId == null ? null : r.sourceType + ":" + r.sourceId);
    m.put("availability", r.availability == null ? null : r.availability.windows().toString());
    return m;
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
