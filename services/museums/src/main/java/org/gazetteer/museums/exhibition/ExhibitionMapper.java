package org.gazetteer.museums.exhibition;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gazetteer.common.text.LocalizedText;

/** Maps exhibitions between the API records and the entity, and snapshots them for the audit. */
final class ExhibitionMapper {

  private ExhibitionMapper() {}

  /**
   * The response, listing {@code shown} as its exhibits; {@code internal} for its museum's curators
   * and admins, the only ones who see which staff user created it.
   */
  static ExhibitionResponse toResponse(Exhibition e, List<UUID> shown, boolean internal) {
    return new ExhibitionResponse(
        e.id,
        e.museum,
        new LocalizedText(e.titleZh, e.titleEn),
        LocalizedText.of(e.descriptionZh, e.descriptionEn),
        e.startsOn,
        e.endsOn,
        e.travelling,
        shown,
        e.status,
        e.demo,
        e.version,
        internal ? e.createdBy : null,
        e.createdAt,
        e.updatedAt);
  }

  static List<UUID> exhibits(Exhibition e) {
    return List.of(e.exhibits);
  }

  static void apply(ExhibitionRequest r, Exhibition e) {
    e.titleZh = r.title().zh();
    e.titleEn = r.title().en();
    e.descriptionZh = r.description() == null ? null : r.description().zh();
    e.descriptionEn = r.description() == null ? null : r.description().en();
    e.startsOn = r.startsOn();
    e.endsOn = r.endsOn();
    e.travelling = r.travelling();
    e.exhibits = r.exhibits() == null ? new UUID[0] : r.exhibits().toArray(UUID[]::new);
  }

  static Map<String, Object> snapshot(Exhibition e) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("title.zh", e.titleZh);
    fields.put("title.en", e.titleEn);
    fields.put("description.zh", e.descriptionZh);
    fields.put("description.en", e.descriptionEn);
    fields.put("startsOn", e.startsOn == null ? null : e.startsOn.toString());
    fields.put("endsOn", e.endsOn == null ? null : e.endsOn.toString());
    fields.put("travelling", e.travelling);
    fields.put("exhibits", Arrays.stream(e.exhibits).map(UUID::toString).toList());
    fields.put("status", e.status.name());
    return fields;
  }
}
