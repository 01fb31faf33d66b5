package org.gazetteer.museums.exhibit;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gazetteer.museums.heritage.ExhibitImage;

/** The audited fields of an exhibit, by the dotted paths clients use, as plain JSON values. */
final class ExhibitSnapshot {

  private ExhibitSnapshot() {}

  static Map<String, Object> of(Exhibit e) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("inventoryNo", e.inventoryNo);
    fields.put("censusNo", e.censusNo);
    fields.put("title.zh", e.titleZh);
    fields.put("title.en", e.titleEn);
    fields.put("category", name(e.category));
    fields.put("workType", name(e.workType));
    fields.put("dating.label", e.datingLabel);
    fields.put("material", name(e.material));
    fields.put("quantity.count", e.quantityCount);
    fields.put("quantity.unit", e.quantityUnit);
    fields.put("dimensions.lengthCm", number(e.lengthCm));
    fields.put("dimensions.widthCm", number(e.widthCm));
    fields.put("dimensions.heightCm", number(e.heightCm));
    fields.put("dimensions.note", e.dimensionsNote);
    fields.put("massKg", number(e.massKg));
    fields.put("condition", name(e.condition));
    fields.put("preservation", name(e.preservation));
    fields.put("acquisition.method", name(e.acquisitionMethod));
    fields.put("acquisition.date", e.acquisitionDate == null ? null : e.acquisitionDate.toString());
    fields.put("grade", name(e.grade));
    fields.put("compiler.zh", e.compilerZh);
    fields.put("compiler.en", e.compilerEn);
    fields.put("edition", e.edition);
    fields.put("divisionsCovered", List.of(e.divisionsCovered));
    fields.put("description.zh", e.descriptionZh);
    fields.put("description.en", e.descriptionEn);
    fields.put("keywords", List.of(e.keywords));
    fields.put("images", e.images.items().stream().map(ExhibitSnapshot::image).toList());
    fields.put("rights.zh", e.rightsZh);
    fields.put("rights.en", e.rightsEn);
    fields.put("status", e.status.name());
    return fields;
  }

  private static Map<String, Object> image(ExhibitImage image) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("url", image.url());
    fields.put("caption.zh", image.caption() == null ? null : image.caption().zh());
    fields.put("caption.en", image.caption() == null ? null : image.caption().en());
    fields.put("licence", image.licence().name());
    fields.put("width", image.width());
    fields.put("height", image.height());
    return fields;
  }

  private static String number(BigDecimal value) {
    return value == null ? null : value.stripTrailingZeros().toPlainString();
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
