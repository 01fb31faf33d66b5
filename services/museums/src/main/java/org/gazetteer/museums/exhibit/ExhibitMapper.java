package org.gazetteer.museums.exhibit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gazetteer.common.text.LocalizedText;

/** Maps exhibits between the API records and the entity, field by field. */
final class ExhibitMapper {

  private ExhibitMapper() {}

  static ExhibitResponse toResponse(Exhibit e) {
    return new ExhibitResponse(
        e.id,
        e.museum,
        e.inventoryNo,
        new LocalizedText(e.titleZh, e.titleEn),
        e.category,
        e.workType,
        e.datingLabel == null
            ? null
            : new Dating(e.datingLabel, e.datingFrom, e.datingTo, e.datingFrom != null),
        LocalizedText.of(e.descriptionZh, e.descriptionEn),
        List.of(e.keywords),
        e.status,
        e.demo,
        e.version,
        e.createdBy,
        e.createdAt,
        e.updatedAt);
  }

  /** The audited fields, by the dotted paths clients use. */
  static Map<String, Object> snapshot(Exhibit e) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("inventoryNo", e.inventoryNo);
    fields.put("title.zh", e.titleZh);
    fields.put("title.en", e.titleEn);
    fields.put("category", e.category == null ? null : e.category.name());
    fields.put("workType", e.workType == null ? null : e.workType.name());
    fields.put("dating.label", e.datingLabel);
    fields.put("description.zh", e.descriptionZh);
    fields.put("description.en", e.descriptionEn);
    fields.put("keywords", List.of(e.keywords));
    fields.put("status", e.status.name());
    return fields;
  }

  static void apply(ExhibitRequest r, Exhibit e) {
    e.inventoryNo = r.inventoryNo().strip();
    e.titleZh = r.title().zh();
    e.titleEn = r.title().en();
    e.category = r.category();
    e.workType = r.workType();
    e.datingLabel = r.dating() == null ? null : r.dating().label().strip();
    Optional<YearRange> years = DatingParser.parse(e.datingLabel);
    e.datingFrom = years.map(YearRange::from).orElse(null);
    e.datingTo = years.map(YearRange::to).orElse(null);
    e.descriptionZh = r.description() == null ? null : r.description().zh();
    e.descriptionEn = r.description() == null ? null : r.description().en();
    e.keywords =
        r.keywords() == null
            ? new String[0]
            : r.keywords().stream().map(String::strip).distinct().toArray(String[]::new);
  }
}
