package org.gazetteer.readingrooms.shared;

import static org.gazetteer.readingrooms.ReadingRoomsFixtures.newVisitor;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.reserve;
import static org.gazetteer.readingrooms.ReadingRoomsFixtures.tomorrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.gazetteer.common.idempotency.IdempotencyConfig;
import org.gazetteer.common.idempotency.PgIdempotencyStore;
import org.gazetteer.common.testing.PostgresTest;
import org.gazetteer.readingrooms.ReadingRoomsFixtures;
import org.junit.jupiter.api.Test;

/**
 * Common's idempotency store purges keys once their retention is over: until then a retry is
 * answered from the key, afterwards the same key is a new request.
 */
@QuarkusTest
@PostgresTest
class IdempotencyPurgeTest {

  @Inject PgIdempotencyStore store;
  @Inject IdempotencyConfig config;

  private int purgeAt(Instant now) throws Throwable {
    return VertxContextSupport.subscribeAndAwait(() -> store.purge(now));
  }

  @Test
  void aKeyIsKeptForItsRetentionAndForgottenAfter() throws Throwable {
    String room = ReadingRoomsFixtures.createRoom(5);
    String visitor = newVisitor();
    String key = UUID.randomUUID().toString();
    Map<String, Object> slot = tomorrow(room);
    String first = reserve(visitor, key, slot).then().statusCode(201).extract().path("id");

    purgeAt(Instant.now().plus(config.retention()).minus(Duration.ofMinutes(1)));
    var kept = reserve(visitor, key, slot).then().statusCode(201).extract();
    assertEquals("true", kept.header("Idempotent-Replayed"));
    assertEquals(first, kept.path("id"));

    assertTrue(purgeAt(Instant.now().plus(config.retention()).plus(Duration.ofMinutes(1))) >= 1);
    // The same request is now judged afresh: the visitor already holds that seat.
    var fresh = reserve(visitor, key, slot).then().statusCode(409).extract();
    assertNull(fresh.header("Idempotent-Replayed"), "a purged key is not replayed");
  }
}
