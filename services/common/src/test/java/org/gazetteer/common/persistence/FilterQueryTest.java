package org.gazetteer.common.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FilterQueryTest {

  @Test
  void onlyTheGivenFiltersJoinTheQueryAsParameters() {
    FilterQuery query =
        FilterQuery.from("Event e")
            .equal("e.status", "status", "PUBLISHED")
            .equal("e.kind", "kind", null)
            .withinDivision("e.division", "510100");
    assertEquals(
        "from Event e where e.status = :status and e.division like :division order by e.id",
        query.query("e.id"));
    assertEquals(Map.of("status", "PUBLISHED", "division", "5101%"), query.params());
  }

  @Test
  void withoutFiltersThereIsNoWhere() {
    assertEquals("from Museum m order by m.code", FilterQuery.from("Museum m").query("m.code"));
  }

  @Test
  void otherConditionsCarryTheirParameters() {
    FilterQuery query =
        FilterQuery.from("Member m").where("m.code > :after", Map.of("after", "leshan"));
    assertEquals("from Member m where m.code > :after order by m.code", query.query("m.code"));
    assertEquals(Map.of("after", "leshan"), query.params());
  }
}
