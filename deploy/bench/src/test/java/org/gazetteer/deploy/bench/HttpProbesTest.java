package org.gazetteer.deploy.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HttpProbesTest {

  @Test
  void matchesAddUpTheMuseumFacet() {
    String body =
        "{\"items\":[{\"id\":\"a\",\"museum\":\"chengdu\",\"count\":7}],\"next\":\"x\","
            + "\"facets\":{\"museum\":[{\"value\":\"chengdu\",\"count\":12},"
            + "{\"value\":\"leshan\",\"count\":30}],"
            + "\"category\":[{\"value\":\"DOCUMENTS\",\"count\":42}],"
            + "\"workType\":[],\"division\":[]}}";

    assertEquals(42, HttpProbes.matches(body));
  }

  @Test
  void toleratesWhitespace() {
    String body =
        "{ \"facets\" : { \"museum\" : [ { \"value\" : \"yaan\" , \"count\" : 3 } ,"
            + " { \"value\" : \"zigong\" , \"count\" : 4 } ] } }";

    assertEquals(7, HttpProbes.matches(body));
  }

  @Test
  void anEmptyFacetIsNoMatch() {
    assertEquals(0, HttpProbes.matches("{\"items\":[],\"facets\":{\"museum\":[]}}"));
  }

  @Test
  void refusesAnAnswerWithoutFacets() {
    assertThrows(
        IllegalArgumentException.class,
        () -> HttpProbes.matches("{\"items\":[{\"museum\":\"chengdu\"}],\"next\":null}"));
  }
}
