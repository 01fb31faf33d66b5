package org.gazetteer.museums.linkeddata;

import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.gazetteer.common.linkeddata.JsonLd;
import org.gazetteer.common.time.OpeningHours;
import org.gazetteer.common.time.Weekday;
import org.gazetteer.museums.museum.MuseumResponse;

/** A museum as a schema.org {@code Museum}, with its place, hours and parent museum. */
public final class MuseumJsonLd {

  private MuseumJsonLd() {}

  public static Map<String, Object> of(MuseumResponse m, String self, String parent) {
    Map<String, Object> node = JsonLd.node(self, "Museum");
    JsonLd.put(node, "identifier", m.code());
    JsonLd.put(node, "name", JsonLd.text(m.name()));
    JsonLd.put(node, "address", JsonLd.text(m.address()));
    node.put("containedInPlace", Map.of("@type", "AdministrativeArea", "identifier", m.division()));
    if (m.location() != null) {
      node.put(
          "geo",
          Map.of(
              "@type",
              "GeoCoordinates",
              "latitude",
              m.location().lat(),
              "longitude",
              m.location().lon()));
    }
    JsonLd.put(
        node,
        "openingHoursSpecification",
        m.openingHours() == null
            ? null
            : m.openingHours().stream().map(MuseumJsonLd::hours).toList());
    if (m.contact() != null) {
      JsonLd.put(node, "telephone", m.contact().phone());
      JsonLd.put(node, "url", m.contact().website());
      JsonLd.put(node, "email", m.contact().email());
    }
    if (parent != null) {
      node.put("parentOrganization", Map.of("@id", parent));
    }
    return node;
  }

  private static Map<String, Object> hours(OpeningHours hours) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("@type", "OpeningHoursSpecification");
    node.put("dayOfWeek", hours.days().stream().map(MuseumJsonLd::day).toList());
    node.put("opens", hours.opens());
    node.put("closes", hours.closes());
    return node;
  }

  /** schema.org's DayOfWeek members are named like java.time's, capitalised: Monday… */
  private static Map<String, Object> day(Weekday day) {
    String name = day.toDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    return Map.of("@id", "https://schema.org/" + name);
  }
}
