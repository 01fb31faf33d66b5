package org.gazetteer.gateway.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryMaskingTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/reservations/1/check-in?code=SECRET123&x=1 | /api/reservations/1/check-in?code=***&x=1",
        "/cb?access_token=a&token=b&id_token=c | /cb?access_token=***&token=***&id_token=***",
        "/cb?refresh_token=r&client_secret=s&password=p"
            + " | /cb?refresh_token=***&client_secret=***&password=***",
        "/api/x?CODE=A1 | /api/x?CODE=***",
        "/api/x?co%64e=A1 | /api/x?co%64e=***",
        "/api/x?code= | /api/x?code=***",
        "/api/x?q=code&codes=1&zipcode=2 | /api/x?q=code&codes=1&zipcode=2",
        "/api/x?code | /api/x?code",
        "/api/x?%zz=1&code=2 | /api/x?%zz=1&code=***",
        "/api/x | /api/x",
        "/api/x? | /api/x?"
      })
  void masksTheValuesOfSecretParametersOnly(String uri, String logged) {
    assertEquals(logged, QueryMasking.mask(uri));
  }

  @Test
  void escapesControlCharactersInTheLine() {
    assertEquals("a\\x0Ab\\x00c\\x7F", AccessLog.printable("a\nb\u0000c\u007f"));
  }
}
