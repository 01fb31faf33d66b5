package org.gazetteer.deploy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The portal at {@code /} in a real browser: a visitor searches the network for a published
 * exhibit, finds it among the exhibits, switches to English and reads the same results in English;
 * and the page works at a phone's width. axe-core finds no serious or critical violation in either
 * language; screenshots of both widths are kept.
 */
@ExtendWith(SharedNetwork.Resolver.class)
class PortalBrowserIT {

  private static final By EXHIBITS = By.cssSelector(".result-group[data-kind='exhibits']");

  @Test
  void aVisitorFindsAPublishedExhibitAndReadsTheResultsInEnglish(SharedNetwork network) {
    JsonPath first =
        given()
            .get(network.api() + "/exhibits?limit=1")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    String titleZh = first.getString("items[0].title.zh");
    String gateway = "http://localhost:" + network.config().ports().gateway();
    try (Browser browser = Browser.start(Browser.DESKTOP)) {
      WebDriver driver = browser.driver();
      driver.get(gateway + "/");
      assertEquals("zh-Hans", driver.findElement(By.tagName("html")).getAttribute("lang"));
      search(browser, titleZh);
      WebElement exhibits = browser.visible(EXHIBITS);
      assertEquals("展品", exhibits.findElement(By.tagName("h3")).getText());
      assertTrue(items(exhibits).contains(titleZh), items(exhibits) + " holds " + titleZh);
      browser.screenshot("portal-search-desktop");
      assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core, Chinese page");

      browser.click(By.id("lang-switch"));
      browser.await(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
      browser.await(
          d -> "Exhibits".equals(d.findElement(EXHIBITS).findElement(By.tagName("h3")).getText()));
      assertEquals("Search the network", driver.findElement(By.id("search-heading")).getText());
      assertEquals("中文", driver.findElement(By.id("lang-switch")).getText());
      browser.screenshot("portal-search-desktop-en");
      assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core, English page");
    }
  }

  @Test
  void theSearchWorksAtAPhonesWidth(SharedNetwork network) {
    String gateway = "http://localhost:" + network.config().ports().gateway();
    try (Browser browser = Browser.start(Browser.PHONE)) {
      WebDriver driver = browser.driver();
      driver.get(gateway + "/?q=" + "方志");
      WebElement results = browser.visible(By.cssSelector(".result-group"));
      Dimension window = driver.manage().window().getSize();
      assertTrue(results.getSize().getWidth() <= window.getWidth(), "no sideways scrolling");
      assertTrue(
          (Boolean)
              ((JavascriptExecutor) driver)
                  .executeScript(
                      "return document.documentElement.scrollWidth"
                          + " <= document.documentElement.clientWidth"),
          "the page fits the phone's width");
      browser.screenshot("portal-search-phone");
    }
  }

  private static void search(Browser browser, String q) {
    WebElement input = browser.visible(By.id("q"));
    input.clear();
    input.sendKeys(q);
    browser.click(By.cssSelector("#search button[type='submit']"));
  }

  private static List<String> items(WebElement group) {
    return group.findElements(By.tagName("li")).stream().map(WebElement::getText).toList();
  }
}
