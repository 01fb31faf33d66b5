package org.gazetteer.gateway.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The map's tile server: its origin, which the pages' policy lets images come from. */
class WebConfigTest {

  @ParameterizedTest
  @CsvSource({
    "https://tile.openstreetmap.org/{z}/{x}/{y}.png, https://tile.openstreetmap.org",
    "http://127.0.0.1:9/{z}/{x}/{y}.png, http://127.0.0.1:9",
    "https://tiles.example.cn:8443/osm/{z}/{x}/{y}.png?key=k, https://tiles.example.cn:8443"
  })
  void theOriginOfATemplate(String template, String origin) {
    assertEquals(origin, WebConfig.tileOrigin(template));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png",
        "tile.openstreetmap.org/{z}/{x}/{y}.png",
        "ftp://tiles.example.org/{z}/{x}/{y}.png",
        "https:///{z}/{x}/{y}.png",
        "https://tiles.example.org; script-src *"
      })
  void refusesATemplateWithoutAFixedHttpHost(String template) {
    assertThrows(IllegalStateException.class, () -> WebConfig.tileOrigin(template));
  }
}
