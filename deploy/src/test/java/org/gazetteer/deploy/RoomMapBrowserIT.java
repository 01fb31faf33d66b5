package org.gazetteer.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The reading-room register on {@code /rooms} in a real browser, with the suite's tile server
 * unreachable: the map still shows the rooms as markers, the list lists them, a notice says the
 * background did not load, and "where can I read 《…》" narrows both to the rooms holding the title.
 * axe-core finds no serious or critical violation; screenshots at both widths.
 */
@ExtendWith(SharedNetwork.Resolver.class)
class RoomMapBrowserIT {

  private static final By MARKERS = By.cssSelector("#map .leaflet-marker-icon");
  private static final By ROOMS = By.cssSelector("#room-list li.room");

  @Test
  void theMapShowsTheRoomsWithoutTilesAndFindsWhereATitleCanBeRead(SharedNetwork network) {
    String room = NetworkFixtures.room(network, 3);
    String title = "端到端地图志" + room.substring(4);
    NetworkFixtures.post(
            network.api() + "/reading-rooms/" + room + "/holdings",
            network.bearer("staff.wuhou"),
            Map.of("title", Map.of("zh", title), "workType", "GAZETTEER", "copies", 1))
        .then()
        .statusCode(201);
    try (Browser browser = Browser.start(Browser.DESKTOP)) {
      WebDriver driver = browser.driver();
      driver.get(network.gateway() + "/rooms");
      browser.await(d -> d.findElements(MARKERS).size() > 10);
      assertEquals(100, driver.findElements(ROOMS).size(), "the first page of the register");
      browser.visible(By.id("tiles-notice"));
      browser.visible(By.id("more-rooms"));
      browser.screenshots("rooms-map");
      assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core, /rooms");

      WebElement holding = driver.findElement(By.id("holding"));
      holding.sendKeys("《" + title + "》");
      browser.click(By.cssSelector("#room-filters button[type='submit']"));
      browser.await(d -> d.findElements(ROOMS).size() == 1);
      assertEquals(room, driver.findElement(ROOMS).getAttribute("data-code"));
      assertEquals(1, driver.findElements(MARKERS).size(), "one marker for the one room");
      assertTrue(
          driver
              .findElement(ROOMS)
              .findElement(By.tagName("a"))
              .getAttribute("href")
              .endsWith("/account?room=" + room),
          "the room links its booking");
    }
  }
}
