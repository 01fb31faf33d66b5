package org.gazetteer.gateway.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The check-in QR code: only a reservation id and a code go in, and it reads back. */
class CheckInQrTest {

  private static final String CONSOLE = "http://localhost:8080/console";

  @Test
  void linksTheConsolesCheckInPageOfTheReservation() {
    assertEquals(
        Optional.of(CONSOLE + "#/check-in/6f1c2a9e-0b7d-4c1e-9a55-2f0c6d1e8b3a/ab12CD"),
        CheckInQr.link(CONSOLE, "6f1c2a9e-0b7d-4c1e-9a55-2f0c6d1e8b3a", "ab12CD"));
  }

  @ParameterizedTest
  @CsvSource({
    "6f1c2a9e-0b7d-4c1e-9a55-2f0c6d1e8b3a, ab12C",
    "6f1c2a9e-0b7d-4c1e-9a55-2f0c6d1e8b3a, ab12CDE",
    "6f1c2a9e-0b7d-4c1e-9a55-2f0c6d1e8b3a, ab12C/",
    "0-0-0-0-0, ab12CD",
    "6f1c2a9e0b7d4c1e9a552f0c6d1e8b3a, ab12CD",
    "'', ab12CD"
  })
  void refusesAnythingElse(String reservation, String code) {
    assertTrue(CheckInQr.link(CONSOLE, reservation, code).isEmpty());
  }

  @Test
  void theSymbolReadsBackAsTheLink() {
    String link = CONSOLE + "#/check-in/6f1c2a9e-0b7d-4c1e-9a55-2f0c6d1e8b3a/ab12CD";

    String svg = CheckInQr.svg(link);

    assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), svg);
    assertEquals(link, QrDecoding.decode(svg));
  }
}
