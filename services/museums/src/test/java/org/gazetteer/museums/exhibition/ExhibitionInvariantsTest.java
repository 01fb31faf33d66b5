package org.gazetteer.museums.exhibition;

import static org.gazetteer.museums.MuseumsFixtures.CURATOR_CHENGDU;
import static org.gazetteer.museums.MuseumsFixtures.CURATOR_LESHAN;
import static org.gazetteer.museums.MuseumsFixtures.draft;
import static org.gazetteer.museums.MuseumsFixtures.published;
import static org.gazetteer.museums.exhibition.ExhibitionResourceTest.created;
import static org.gazetteer.museums.exhibition.ExhibitionResourceTest.exhibition;
import static org.gazetteer.museums.exhibition.ExhibitionResourceTest.exhibitionAct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.gazetteer.common.testing.PostgresTest;
import org.gazetteer.museums.MuseumsFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The database keeps an exhibition's rules even for writes that bypass the service (a race, a
 * maintenance script): exhibits of the museum only, each once, published ones while published.
 */
@QuarkusTest
@PostgresTest
class ExhibitionInvariantsTest {

  @Inject AgroalDataSource dataSource;

  @BeforeEach
  void museums() {
    MuseumsFixtures.ensureMuseums();
  }

  @Test
  void aPublishedExhibitionRefusesADraftExhibit() {
    String id = created(exhibition("库内规则", List.of(published())));
    exhibitionAct(CURATOR_CHENGDU, id, "publish").then().statusCode(200);
    SQLException refused =
        assertThrows(SQLException.class, () -> append(id, draft(CURATOR_CHENGDU)));
    assertEquals("23514", refused.getSQLState());
  }

  @Test
  void anExhibitionRefusesAnotherMuseumsExhibitOrARepeat() {
    String mine = published();
    String id = created(exhibition("库内规则二", List.of(mine)));
    String theirs = draft(CURATOR_LESHAN);
    assertEquals("23503", assertThrows(SQLException.class, () -> append(id, theirs)).getSQLState());
    assertEquals("23514", assertThrows(SQLException.class, () -> append(id, mine)).getSQLState());
  }

  private void append(String exhibition, String exhibit) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE exhibition SET exhibit_ids = exhibit_ids || ?::uuid WHERE id = ?::uuid")) {
      update.setObject(1, UUID.fromString(exhibit));
      update.setObject(2, UUID.fromString(exhibition));
      update.executeUpdate();
    }
  }
}
