package org.gazetteer.common.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SchemaPatternsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "^[1-8][0-9]{5}$",
        "^(?:publish|withdraw)$",
        "^[0-9+()\\- ]+$",
        "^(?:([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$",
        "^[|]$"
      })
  void anchoredPatternsAre(String pattern) {
    assertTrue(SchemaPatterns.anchored(pattern));
  }

  @ParameterizedTest
  @ValueSource(strings = {"[1-8][0-9]{5}", "^a|b$", "^abc", "abc$", "^abc\\$", "\\S", "^"})
  void unanchoredPatternsAreNot(String pattern) {
    assertFalse(SchemaPatterns.anchored(pattern));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ' ',
      value = {
        "[1-8][0-9]{5} ^[1-8][0-9]{5}$",
        "publish|withdraw ^(?:publish|withdraw)$",
        "(a|b)c ^(a|b)c$",
        "[|]x ^[|]x$",
        "a\\|b ^a\\|b$"
      })
  void anchoringMatchesWhatAWholeMatchMatches(String pattern, String anchored) {
    assertEquals(anchored, SchemaPatterns.anchor(pattern));
    for (String value : new String[] {"510100", "x510100", "publish", "withdrawn", "ac", "a|b"}) {
      assertEquals(
          Pattern.matches(pattern, value),
          Pattern.compile(anchored).matcher(value).find(),
          pattern + " on " + value);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[0-9+()\\- ]++",
        "https?://\\S++",
        "a*+",
        "a?+",
        "a{2,3}+",
        "(?>ab)",
        "(?i)abc",
        "\\Aabc\\z",
        "[a-z&&[^e]]",
        "\\p{IsAlphabetic}",
        "\\h"
      })
  void javaOnlyConstructsAreFound(String pattern) {
    assertTrue(SchemaPatterns.javaOnly(pattern).isPresent(), pattern);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[1-8][0-9]{5}",
        "^[\\p{L}\\p{N}._/\\-]+$",
        "\\++",
        "[+]+",
        "a+?",
        "(?:a|b)(?=c)(?!d)(?<=e)(?<name>f)",
        "^https?://[^\\s/?#]+[^\\s]*$",
        "[A-Za-z0-9_-]{8,64}"
      })
  void sharedConstructsAreNot(String pattern) {
    assertEquals(java.util.Optional.empty(), SchemaPatterns.javaOnly(pattern), pattern);
  }
}
