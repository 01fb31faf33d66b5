package org.gazetteer.deploy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The portal's record and list pages in a real browser: an exhibit with its image, both languages
 * and its JSON-LD, leading to its museum with hours and a map; exhibits narrowed by a facet; an
 * event found by its title with its registration link and an iCalendar subscription that holds it;
 * the alliance's public resources. axe-core on each page, screenshots at both widths.
 */
@ExtendWith(SharedNetwork.Resolver.class)
class PortalPagesBrowserIT {

  private static final By EXHIBIT_CARDS = By.cssSelector("#exhibit-list li.exhibit");

  @Test
  void anExhibitShowsItsImageBothLanguagesAndJsonLdAndLeadsToItsMuseum(SharedNetwork network) {
    // a demo exhibit with an image and an English title (other tests publish ones without)
    JsonPath exhibit =
        given()
            .get(network.api() + "/exhibits?limit=100")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .setRootPath("items.find { it.images.size() > 0 && it.title.en != null }");
    String id = exhibit.getString("id");
    String museum = exhibit.getString("museum");
    try (Browser browser = Browser.start(Browser.DESKTOP)) {
      WebDriver driver = browser.driver();
      driver.get(network.gateway() + "/exhibit?id=" + id);
      WebElement image = browser.visible(By.cssSelector("#record figure img"));
      browser.await(
          d ->
              (Boolean)
                  ((JavascriptExecutor) d)
                      .executeScript(
                          "return arguments[0].complete && arguments[0].naturalWidth > 0", image));
      String heading = driver.findElement(By.id("record-title")).getText();
      assertTrue(heading.contains(exhibit.getString("title.zh")), heading);
      assertTrue(heading.contains(exhibit.getString("title.en")), heading);
      browser.visible(By.cssSelector("a.json-ld"));
      String jsonLd =
          (String)
              ((JavascriptExecutor) driver)
                  .executeScript(
                      "return document.querySelector('script[type=\"application/ld+json\"]')"
                          + ".textContent");
      assertTrue(jsonLd.contains("\"@context\""), jsonLd);
      assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core, /exhibit");
      browser.screenshots("exhibit");

      browser.click(By.cssSelector("#record .facts a[href^='/museum']"));
      browser.await(d -> d.getCurrentUrl().endsWith("/museum?code=" + museum));
      browser.visible(By.cssSelector("#record .hours li"));
      browser.visible(By.cssSelector("#place-map .leaflet-marker-icon"));
      List<String> held =
          given()
              .get(network.api() + "/exhibits?limit=12&museum=" + museum)
              .then()
              .extract()
              .jsonPath()
              .getList("items.id");
      assertEquals(
          held.stream().map(e -> network.gateway() + "/exhibit?id=" + e).toList(),
          driver.findElements(By.cssSelector("#record .cards a")).stream()
              .map(a -> a.getAttribute("href"))
              .toList(),
          "the museum's latest exhibits, as the API lists them");
      browser.screenshots("museum");
      assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core, /museum");
    }
  }

  @Test
  void aFacetNarrowsTheExhibitsAsTheApiDoes(SharedNetwork network) {
    String category =
        given().get(network.api() + "/exhibits?limit=1").then().extract().path("items[0].category");
    List<String> expected =
        given()
            .get(network.api() + "/exhibits?limit=24&category=" + category)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.id");
    try (Browser browser = Browser.start(Browser.DESKTOP)) {
      WebDriver driver = browser.driver();
      driver.get(network.gateway() + "/exhibits");
      browser.await(d -> d.findElements(EXHIBIT_CARDS).size() > 0);
      browser.await(d -> d.findElements(By.cssSelector("#ex-category option")).size() > 10);
      new Select(driver.findElement(By.id("ex-category"))).selectByValue(category);
      browser.await(d -> d.getCurrentUrl().endsWith("/exhibits?category=" + category));
      browser.await(d -> ids(d).equals(expected));
      browser.screenshots("exhibits-facet");
      assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core, /exhibits");
    }
  }

  @Test
  void anEventIsFoundWithItsRegistrationLinkAndItsCalendarSubscription(SharedNetwork network) {
    String title = "端到端订阅讲座" + UUID.randomUUID().toString().substring(0, 6);
    OffsetDateTime start =
        NetworkFixtures.tomorrow().plusDays(3).atTime(15, 0).atOffset(ZoneOffset.ofHours(8));
    JsonPath created = NetworkFixtures.publishedEvent(network, title, start, 1, 30);
    String id = created.getString("id");
    try (Browser browser = Browser.start(Browser.DESKTOP)) {
      WebDriver driver = browser.driver();
      driver.get(network.gateway() + "/events?q=" + title);
      WebElement card =
          browser.visible(By.cssSelector("#event-list li.event[data-id='" + id + "']"));
      String register = card.findElement(By.cssSelector(".sessions a")).getAttribute("href");
      assertTrue(
          register.endsWith(
              "/account?event=" + id + "&session=" + created.getString("sessions[0].id")),
          register);
      String ics = driver.findElement(By.id("ics-link")).getAttribute("href");
      assertTrue(
          driver.findElement(By.id("webcal-link")).getAttribute("href").startsWith("webcal://"));
      Response calendar = given().urlEncodingEnabled(false).get(ics);
      assertEquals(200, calendar.statusCode());
      assertTrue(calendar.contentType().startsWith("text/calendar"), calendar.contentType());
      assertTrue(calendar.asString().contains(title), "the subscription holds the event");
      browser.screenshots("events");
      assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core, /events");
    }
  }

  @Test
  void theAlliancesPublicResourcesAreListedAsTheApiListsThem(SharedNetwork network) {
    List<String> expected =
        given()
            .get(network.api() + "/alliance/resources?limit=20")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.id");
    assertFalse(expected.isEmpty(), "the demo data shares resources publicly");
    try (Browser browser = Browser.start(Browser.PHONE)) {
      WebDriver driver = browser.driver();
      driver.get(network.gateway() + "/resources");
      browser.await(
          d ->
              d.findElements(By.cssSelector("#resource-list li.resource")).stream()
                  .map(e -> e.getAttribute("data-id"))
                  .toList()
                  .equals(expected));
      assertTrue(
          driver.findElement(By.id("rs-kind")).getText().contains("专家"), "kinds with labels");
      assertEquals(List.of(), browser.overflowing(), "no sideways scrolling on a phone");
      browser.screenshot("resources-phone");
      assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core, /resources");
    }
  }

  private static List<String> ids(WebDriver driver) {
    return driver.findElements(EXHIBIT_CARDS).stream().map(e -> e.getAttribute("data-id")).toList();
  }
}
