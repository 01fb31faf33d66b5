package org.gazetteer.alliance.resource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.gazetteer.alliance.AllianceTest;
import org.junit.jupiter.api.Test;

/** The resources' codes with their labels, for anyone: what the portal's filters offer. */
@QuarkusTest
@AllianceTest
class ResourceVocabulariesTest {

  @Test
  void listsEveryKindScopeDeliveryLicenceAndConditionWithBothLabels() {
    given()
        .when()
        .get("/api/alliance/resources/vocabularies")
        .then()
        .statusCode(200)
        .body(
            "kind.code",
            equalTo(
                List.of(
                    "DIGITAL_COLLECTION",
                    "EXHIBIT_FOR_LOAN",
                    "TRAVELLING_EXHIBITION",
                    "EXPERT",
                    "VENUE",
                    "PUBLICATION")))
        .body("kind.find { it.code == 'EXPERT' }.zh", equalTo("专家"))
        .body("kind.find { it.code == 'EXPERT' }.en", equalTo("Expert"))
        .body("scope.code", hasItems("PUBLIC", "ALLIANCE", "PRIVATE"))
        .body("delivery.code", hasItems("PHYSICAL", "DIGITAL", "SERVICE"))
        .body("licence.code", hasItems("CC0_1_0", "CC_BY_4_0"))
        .body("licence.find { it.code == 'CC_BY_4_0' }.en", equalTo("CC BY 4.0"))
        .body(
            "condition.code",
            equalTo(
                List.of(
                    "SUPERVISED_USE",
                    "NO_REPRODUCTION",
                    "INSURANCE",
                    "COURIER",
                    "CITATION",
                    "OTHER")))
        .body("condition.find { it.code == 'NO_REPRODUCTION' }.zh", equalTo("不得复制"));
  }
}
