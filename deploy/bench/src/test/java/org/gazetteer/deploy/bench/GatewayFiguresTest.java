package org.gazetteer.deploy.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GatewayFiguresTest {

  private static Map<String, List<Double>> rates(double gateway, double signedIn) {
    Map<String, List<Double>> rates = new LinkedHashMap<>();
    rates.put(GatewayFigures.DIRECT, List.of(1000.0, 900.0, 1100.0));
    rates.put(GatewayFigures.NGINX, List.of(950.0, 5.0, 960.0));
    rates.put(GatewayFigures.GATEWAY, List.of(gateway, gateway, gateway));
    rates.put(GatewayFigures.SIGNED_IN, List.of(signedIn, signedIn, signedIn));
    rates.put(GatewayFigures.NO_LIMITS, List.of(900.0, 880.0, 870.0));
    rates.put(GatewayFigures.CACHED, List.of(8000.0, 8100.0, 7900.0));
    return rates;
  }

  @Test
  void eachFigureIsTheRatioOfTheMediansOfItsTwoProbes() {
    List<Ratio> figures = GatewayFigures.of(rates(800, 760), 10, 14);
    assertEquals(6, figures.size());
    assertEquals(0.80, figures.get(0).value(), 1e-9);
    assertEquals(800.0 / 950, figures.get(1).value(), 1e-9);
    assertEquals(1.4, figures.get(2).value(), 1e-9);
    assertEquals(0.95, figures.get(3).value(), 1e-9);
    assertEquals(10.0, figures.get(4).value(), 1e-9);
    assertEquals(800.0 / 880, figures.get(5).value(), 1e-9);
  }

  @Test
  void targetsAreMetAtTheirLimitsAndMissedBeyond() {
    List<Ratio> met = GatewayFigures.of(rates(800, 680), 10, 15);
    assertEquals(
        List.of("PASS", "MISS", "PASS", "PASS", "PASS", "PASS"),
        met.stream().map(Ratio::verdict).toList());
    List<Ratio> missed = GatewayFigures.of(rates(799, 679), 10, 15.01);
    assertEquals(
        List.of("MISS", "MISS", "MISS", "MISS", "PASS", "PASS"),
        missed.stream().map(Ratio::verdict).toList());
  }
}
