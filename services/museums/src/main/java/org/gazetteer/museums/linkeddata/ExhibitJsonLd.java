package org.gazetteer.museums.linkeddata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gazetteer.common.linkeddata.JsonLd;
import org.gazetteer.common.vocabulary.WorkType;
import org.gazetteer.museums.exhibit.ExhibitResponse;
import org.gazetteer.museums.heritage.ExhibitImage;

/**
 * A published exhibit as schema.org JSON-LD: the work's own type (a book, a map, a periodical…)
 * together with {@code ArchiveComponent}, whose {@code holdingArchive} is the museum.
 */
public final class ExhibitJsonLd {

  private ExhibitJsonLd() {}

  public static Map<String, Object> of(ExhibitResponse e, String self, String museum) {
    Map<String, Object> node = JsonLd.node(self, List.of(type(e.workType()), "ArchiveComponent"));
    JsonLd.put(node, "name", JsonLd.text(e.title()));
    JsonLd.put(node, "description", JsonLd.text(e.description()));
    JsonLd.put(node, "identifier", identifiers(e));
    JsonLd.put(node, "keywords", e.keywords());
    JsonLd.put(node, "genre", e.category().zh());
    if (e.dating() != null) {
      JsonLd.put(node, "temporalCoverage", temporal(e));
    }
    JsonLd.put(node, "material", e.material() == null ? null : e.material().zh());
    JsonLd.put(node, "creator", organization(e));
    JsonLd.put(node, "bookEdition", e.edition());
    JsonLd.put(
        node,
        "spatialCoverage",
        e.divisionsCovered().stream()
            .map(code -> Map.of("@type", "AdministrativeArea", "identifier", code))
            .toList());
    JsonLd.put(node, "image", e.images().stream().map(ExhibitJsonLd::image).toList());
    JsonLd.put(node, "copyrightNotice", JsonLd.text(e.rights()));
    node.put("holdingArchive", Map.of("@id", museum));
    node.put("dateModified", e.updatedAt().toString());
    return node;
  }

  private static String type(WorkType workType) {
    if (workType == null) {
      return "CreativeWork";
    }
    return switch (workType) {
      case GAZETTEER, YEARBOOK, ILLUSTRATED_GAZETTEER -> "Book";
      case MAP -> "Map";
      case JOURNAL -> "Periodical";
      case ARCHIVE, OTHER -> "CreativeWork";
    };
  }

  private static List<Object> identifiers(ExhibitResponse e) {
    Map<String, Object> inventory = property("inventoryNo", e.inventoryNo());
    return e.censusNo() == null
        ? List.of(inventory)
        : List.of(inventory, property("censusNo", e.censusNo()));
  }

  private static Map<String, Object> property(String name, String value) {
    Map<String, Object> property = new LinkedHashMap<>();
    property.put("@type", "PropertyValue");
    property.put("propertyID", name);
    property.put("value", value);
    return property;
  }

  /** The label as written and, when understood, the ISO 8601 interval of years. */
  private static Object temporal(ExhibitResponse e) {
    if (!e.dating().parsed()) {
      return e.dating().label();
    }
    return List.of(e.dating().label(), year(e.dating().from()) + "/" + year(e.dating().to()));
  }

  private static String year(int year) {
    return year < 0 ? String.format("-%04d", -year) : String.format("%04d", year);
  }

  private static Object organization(ExhibitResponse e) {
    return e.compiler() == null
        ? null
        : Map.of("@type", "Organization", "name", JsonLd.text(e.compiler()));
  }

  /** A length in pixels: UN/CEFACT common code E37. */
  private static Map<String, Object> pixels(int value) {
    return Map.of("@type", "QuantitativeValue", "value", value, "unitCode", "E37");
  }

  private static Map<String, Object> image(ExhibitImage image) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("@type", "ImageObject");
    node.put("contentUrl", image.url());
    JsonLd.put(node, "caption", JsonLd.text(image.caption()));
    node.put("license", Map.of("@id", image.licence().url()));
    if (image.dimensioned()) {
      node.put("width", pixels(image.width()));
      node.put("height", pixels(image.height()));
    }
    return node;
  }
}
