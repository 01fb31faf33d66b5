package org.gazetteer.museums.exhibit;

import static org.gazetteer.museums.MuseumsFixtures.DEMO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The demo migrations store each exhibit's years next to its dating label, in SQL; they must be
 * what the service's parser reads from that label, as for an exhibit a curator sends. Read from the
 * scripts themselves, where every demo exhibit row has {@code 'label', from, to,}.
 */
class DemoDatingTest {

  private static final Pattern DATING = Pattern.compile("'([^',]++)', (-?[0-9]++), (-?[0-9]++),");

  @Test
  void everyDemoDatingIsWhatTheParserReadsFromItsLabel() throws IOException {
    int dated = 0;
    for (String resource : DEMO) {
      Matcher row = DATING.matcher(script(resource));
      while (row.find()) {
        String label = row.group(1);
        YearRange parsed = DatingParser.parse(label).orElseThrow(() -> new AssertionError(label));
        assertEquals(row.group(2) + "–" + row.group(3), parsed.from() + "–" + parsed.to(), label);
        dated++;
      }
    }
    assertTrue(dated >= 50, dated + " dated demo exhibits");
  }

  private static String script(String resource) throws IOException {
    try (InputStream in = DemoDatingTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
