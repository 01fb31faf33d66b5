package org.gazetteer.museums.exhibit;

import static org.gazetteer.museums.MuseumsFixtures.CURATOR_CHENGDU;
import static org.gazetteer.museums.MuseumsFixtures.create;
import static org.gazetteer.museums.MuseumsFixtures.fullExhibit;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gazetteer.common.testing.PostgresTest;
import org.gazetteer.museums.MuseumsFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Image URLs: absolute http(s), or a root-relative path under /media/ kept as stored. */
@QuarkusTest
@PostgresTest
class ExhibitImageUrlTest {

  @BeforeEach
  void museums() {
    MuseumsFixtures.ensureMuseums();
  }

  @Test
  void aMediaPathIsStoredAndAnsweredAsSent() {
    create(CURATOR_CHENGDU, withImage("/media/exhibits/sichuan-tongzhi.svg"))
        .then()
        .statusCode(201)
        .body("images[0].url", equalTo("/media/exhibits/sichuan-tongzhi.svg"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/media",
        "/media/",
        "/media/../api/museums",
        "/media/./a.svg",
        "/media//evil.example/a.svg",
        "//evil.example/media/a.svg",
        "/api/museums",
        "/mediax/a.svg",
        "media/a.svg",
        "/media/a b.svg",
        "/media/a.svg?x=1",
        "ftp://img.example.org/a.svg"
      })
  void otherRelativeOrOddUrlsAre400(String url) {
    create(CURATOR_CHENGDU, withImage(url))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("images[0].url"));
  }

  private static Map<String, Object> withImage(String url) {
    Map<String, Object> body = new HashMap<>(fullExhibit("图片地址"));
    body.put("images", List.of(Map.of("url", url, "licence", "CC0_1_0")));
    return body;
  }
}
