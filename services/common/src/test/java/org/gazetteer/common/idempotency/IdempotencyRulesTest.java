package org.gazetteer.common.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.util.Map;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.problem.ProblemType;
import org.junit.jupiter.api.Test;

class IdempotencyRulesTest {

  record Body(String room, OffsetDateTime start) {}

  private static final IdempotencyScope SCOPE =
      new IdempotencyScope("visitor", "POST", "/api/reservations", "key-12345", "abc");

  @Test
  void keysAre8To64SafeCharacters() {
    assertEquals("key_1234-X", IdempotencyKey.parse("key_1234-X"));
    assertNull(IdempotencyKey.parse(null));
    for (String bad : new String[] {"short", "with space", "x".repeat(65), ""}) {
      ProblemException e = assertThrows(ProblemException.class, () -> IdempotencyKey.parse(bad));
      assertEquals(ProblemType.VALIDATION, e.type());
    }
  }

  @Test
  void aTakenKeyAnswersByTheRules() {
    StoredResponse first = new StoredResponse(201, "application/json", "{}", Map.of());
    assertSame(first, new IdempotencyRecord("abc", first).replayFor(SCOPE));
    assertEquals(
        ProblemType.UNPROCESSABLE,
        assertThrows(
                ProblemException.class, () -> new IdempotencyRecord("xyz", first).replayFor(SCOPE))
            .type());
    assertEquals(
        ProblemType.CONFLICT,
        assertThrows(
                ProblemException.class, () -> new IdempotencyRecord("abc", null).replayFor(SCOPE))
            .type());
  }

  @Test
  void fingerprintsFollowTheContentNotItsSpelling() {
    OffsetDateTime nine = OffsetDateTime.parse("2026-12-01T09:00:00+08:00");
    assertEquals(Fingerprints.of(new Body("a", nine)), Fingerprints.of(new Body("a", nine)));
    assertEquals(Fingerprints.of(Map.of("b", 1, "a", 2)), Fingerprints.of(Map.of("a", 2, "b", 1)));
    assertNotEquals(
        Fingerprints.of(new Body("a", nine)), Fingerprints.of(new Body("a", nine.plusHours(2))));
  }

  @Test
  void aStoredProblemReplaysAsProblemJson() {
    StoredResponse stored = StoredResponse.of(ProblemException.conflict("full"));
    assertEquals(409, stored.status());
    assertEquals("application/problem+json", stored.replay().getMediaType().toString());
    assertEquals("true", stored.replay().getHeaderString(StoredResponse.REPLAYED_HEADER));
  }
}
