package org.gazetteer.common.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.gazetteer.common.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CursorTest {

  @Test
  void aMatchKeyIsZeroOrOneAfterAnEncodingRoundTrip() {
    Cursor cursor = Cursor.decode(Cursor.of("1", "chengdu").encode(), 2);
    assertEquals(1, cursor.match(0));
    assertEquals(0, Cursor.decode(Cursor.of("0", "x").encode(), 2).match(0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2", "-1", "01", "", "one"})
  void anyOtherMatchKeyIsABadCursor(String key) {
    Cursor forged = Cursor.decode(Cursor.of(key, "chengdu").encode(), 2);
    ProblemException e = assertThrows(ProblemException.class, () -> forged.match(0));
    assertEquals(400, e.type().status());
  }
}
