package org.gazetteer.deploy.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LikeSqlTest {

  @Test
  void theBaselineIsTheNewestPageOfLikeMatches() {
    assertEquals(
        "SELECT id FROM exhibit WHERE status = 'PUBLISHED' AND (title_zh LIKE '%熊猫%'"
            + " OR description_zh LIKE '%熊猫%' OR array_to_string(keywords, ' ') LIKE '%熊猫%')"
            + " ORDER BY created_at DESC LIMIT 20",
        LikeSql.like("熊猫"));
  }

  @Test
  void countsTheSameMatches() {
    assertEquals(
        "SELECT count(*) FROM exhibit WHERE status = 'PUBLISHED' AND (title_zh LIKE '%茶马古道志%'"
            + " OR description_zh LIKE '%茶马古道志%'"
            + " OR array_to_string(keywords, ' ') LIKE '%茶马古道志%')",
        LikeSql.likeCount("茶马古道志"));
  }

  @Test
  void refusesAnythingButChineseTermsOfTwoOrMoreCharacters() {
    assertThrows(IllegalArgumentException.class, () -> LikeSql.like("熊"));
    assertThrows(IllegalArgumentException.class, () -> LikeSql.like("panda"));
    assertThrows(IllegalArgumentException.class, () -> LikeSql.like("熊猫' OR '1'='1"));
  }
}
