package org.gazetteer.museums.exhibit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.gazetteer.museums.exhibit.ReignEras.Dynasty;
import org.gazetteer.museums.exhibit.ReignEras.Reign;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks the reign table itself, so a mistyped start year or length shows up here. */
class ReignErasTest {

  static Stream<Reign> reigns() {
    return ReignEras.TABLE.stream();
  }

  @ParameterizedTest
  @MethodSource("reigns")
  void readsFirstAndLastYearOfEveryReign(Reign reign) {
    assertEquals(year(reign.firstYear()), ReignEras.parse(reign.name() + "元年"));
    assertEquals(year(reign.lastYear()), ReignEras.parse(reign.name() + reign.years() + "年"));
  }

  @ParameterizedTest
  @MethodSource("reigns")
  void rejectsTheYearAfterEveryReign(Reign reign) {
    assertTrue(ReignEras.parse(reign.name() + (reign.years() + 1) + "年").isEmpty());
  }

  /** Each era starts in the year its predecessor ended (a shared year) or the year after. */
  @ParameterizedTest
  @MethodSource("reigns")
  void reignsFollowEachOtherWithoutGaps(Reign reign) {
    List<Reign> table = ReignEras.TABLE;
    int next = table.indexOf(reign) + 1;
    if (next < table.size() && table.get(next).dynasty() == reign.dynasty()) {
      int gap = table.get(next).firstYear() - reign.lastYear();
      assertTrue(gap == 0 || gap == 1, reign.name() + " → " + table.get(next).name());
    }
  }

  @ParameterizedTest
  @CsvSource({"MING, 明", "QING, 清", "REPUBLIC, 民国"})
  void reignsSpanTheirDynastyPeriod(Dynasty dynasty, String period) {
    List<Reign> reigns = reigns().filter(reign -> reign.dynasty() == dynasty).toList();
    YearRange span =
        new YearRange(reigns.get(0).firstYear(), reigns.get(reigns.size() - 1).lastYear());
    assertEquals(DatingParser.parse(period), Optional.of(span));
  }

  private static Optional<YearRange> year(int year) {
    return Optional.of(new YearRange(year, year));
  }
}
