package org.gazetteer.museums.exhibit;

import static org.gazetteer.museums.MuseumsFixtures.CURATOR_CHENGDU;
import static org.gazetteer.museums.MuseumsFixtures.create;
import static org.gazetteer.museums.MuseumsFixtures.fullExhibit;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gazetteer.common.testing.PostgresTest;
import org.gazetteer.museums.MuseumsFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Image URLs: absolute http(s), or a root-relative path under /media/ kept as stored; pixel width
 * and height optional, both or neither.
 */
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

  @Test
  void pixelDimensionsAreStoredAndOptional() {
    Map<String, Object> sized = image("/media/exhibits/panda-tuzhi.svg");
    sized.put("width", 240);
    sized.put("height", 320);
    Map<String, Object> body = new HashMap<>(fullExhibit("图片尺寸"));
    body.put("images", List.of(sized, image("https://img.example.org/b.jpg")));
    create(CURATOR_CHENGDU, body)
        .then()
        .statusCode(201)
        .body("images[0].width", equalTo(240))
        .body("images[0].height", equalTo(320))
        .body("images[1].width", nullValue())
        .body("images[1].height", nullValue())
        .body("images[0]", not(hasKey("pixelSize")));
  }

  @ParameterizedTest
  @CsvSource(
      value = {"240,", ",320", "0,320", "240,-1", "100001,320"},
      ignoreLeadingAndTrailingWhitespace = false)
  void onlyOneDimensionOrANonPositiveOrHugeOneIs400(Integer width, Integer height) {
    Map<String, Object> sized = image("/media/exhibits/panda-tuzhi.svg");
    sized.put("width", width);
    sized.put("height", height);
    Map<String, Object> body = new HashMap<>(fullExhibit("图片尺寸"));
    body.put("images", List.of(sized));
    create(CURATOR_CHENGDU, body)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem(startsWith("images[0].")));
  }

  private static Map<String, Object> withImage(String url) {
    Map<String, Object> body = new HashMap<>(fullExhibit("图片地址"));
    body.put("images", List.of(image(url)));
    return body;
  }

  private static Map<String, Object> image(String url) {
    Map<String, Object> image = new HashMap<>();
    image.put("url", url);
    image.put("licence", "CC0_1_0");
    return image;
  }
}
