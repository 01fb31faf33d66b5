package org.gazetteer.readingrooms.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.util.Set;
import org.gazetteer.common.division.KnownDivisions;
import org.gazetteer.common.problem.ProblemException;
import org.gazetteer.common.problem.ProblemType;
import org.gazetteer.common.testing.PostgresTest;
import org.junit.jupiter.api.Test;

/** Common's division reference, as this service's database holds it. */
@QuarkusTest
@PostgresTest
class KnownDivisionsTest {

  @Inject KnownDivisions divisions;

  private Set<String> within(String code) throws Throwable {
    return VertxContextSupport.subscribeAndAwait(
        () -> Panache.withSession(() -> divisions.within(code)));
  }

  @Test
  void aCityCoversItsDistrictsAndCountiesOnly() throws Throwable {
    Set<String> chengdu = within("510100");
    assertTrue(chengdu.containsAll(Set.of("510100", "510104", "510107", "510185")), "" + chengdu);
    assertFalse(chengdu.contains("510300"), "Zigong is not under Chengdu");
    assertTrue(chengdu.stream().allMatch(c -> c.startsWith("5101")), "" + chengdu);
  }

  @Test
  void aProvinceCoversItsCitiesAndCounties() throws Throwable {
    Set<String> sichuan = within("510000");
    assertTrue(sichuan.containsAll(Set.of("510000", "510100", "513437")), "" + sichuan);
    assertEquals(Set.of("110000"), within("110000"), "only Sichuan's divisions are known below");
  }

  @Test
  void aCountyCoversItselfAndAnUnknownCodeNothing() throws Throwable {
    assertEquals(Set.of("510107"), within("510107"));
    assertEquals(Set.of(), within("519900"));
  }

  @Test
  void anUnknownCodeIsABadRequestOnTheField() {
    ProblemException e =
        assertThrows(
            ProblemException.class,
            () ->
                VertxContextSupport.subscribeAndAwait(
                    () -> Panache.withSession(() -> divisions.require("519900", "division"))));
    assertEquals(ProblemType.VALIDATION, e.type());
  }
}
