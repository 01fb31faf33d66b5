package org.gazetteer.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gazetteer.common.problem.FieldError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestTargetRuleTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/museums/%00 | | path | must not contain control characters (U+0000)",
        "/api/museums/%1f | | path | must not contain control characters (U+001F)",
        "/api/museums/%7F | | path | must not contain control characters (U+007F)",
        "/api/museums/a%09b | | path | must not contain control characters (U+0009)",
        "/api/museums/a%C2%85 | | path | must not contain control characters (U+0085)",
        "/api/museums/%FF | | path | is not valid UTF-8 once percent-decoded",
        "/api/museums/%E7%86 | | path | is not valid UTF-8 once percent-decoded",
        "/api/museums/%ED%A0%80 | | path | is not valid UTF-8 once percent-decoded",
        "/api/museums/%C0%AF | | path | is not valid UTF-8 once percent-decoded",
        "/api/museums/% | | path | has a malformed percent-encoding",
        "/api/museums/%4 | | path | has a malformed percent-encoding",
        "/api/museums/%zz | | path | has a malformed percent-encoding",
        "/api/museums/%٣٣ | | path | has a malformed percent-encoding",
        "/api/reading-rooms | holding=%00 | holding | must not contain control characters (U+0000)",
        "/api/exhibits | limit=5&q=%0A | q | must not contain control characters (U+000A)",
        "/api/exhibits | q=%C3%28 | q | is not valid UTF-8 once percent-decoded",
        "/api/exhibits | q=%2 | q | has a malformed percent-encoding",
        "/api/exhibits | %E7%86%8A=%00 | 熊 | must not contain control characters (U+0000)",
        "/api/exhibits | %00=x | query | a parameter name must not contain control characters"
            + " (U+0000)",
        "/api/exhibits | q&%zz | query | a parameter name has a malformed percent-encoding"
      })
  void namesTheFirstBadPartOfTheTarget(String path, String query, String field, String message) {
    assertEquals(new FieldError(field, message), RequestTargetRule.problem(path, query).get());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "q=%E7%86%8A%E7%8C%AB",
        "q=熊猫",
        "q=a+b&museum=chengdu",
        "q=100%25",
        "near=30.6,104.0&radiusKm=10",
        "flag",
        "a=&b=",
        "",
        "&&",
        "emoji=%F0%9F%90%BC"
      })
  void acceptsWellFormedQueries(String query) {
    assertTrue(RequestTargetRule.problem("/api/exhibits", query).isEmpty(), query);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/museums/chengdu",
        "/api/exhibits/%E5%9B%9B%E5%B7%9D",
        "/api/museums/a%2Fb",
        "/api/museums/a%20b",
        "/api/museums/四川"
      })
  void acceptsWellFormedPaths(String path) {
    assertTrue(RequestTargetRule.problem(path, null).isEmpty(), path);
  }
}
