package org.gazetteer.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * A newcomer on {@code /docs}: authorizes Swagger UI through the realm's login page (code flow with
 * PKCE, client {@code gazetteer-web}, in Keycloak's popup), then tries an endpoint that needs the
 * token — their own reservations answer 200, which without it would be 401.
 */
@ExtendWith(SharedNetwork.Resolver.class)
class DocsSignInBrowserIT {

  @Test
  void aNewcomerSignsInOnTheDocsPageAndTriesAnEndpoint(SharedNetwork network) {
    String gateway = "http://localhost:" + network.config().ports().gateway();
    try (Browser browser = Browser.start(Browser.DESKTOP)) {
      WebDriver driver = browser.driver();
      driver.get(gateway + "/docs");
      browser.click(By.cssSelector("button.btn.authorize"));
      String page = driver.getWindowHandle();
      By oauth =
          By.xpath(
              "//div[contains(@class,'auth-container')][.//*[contains(text(),'authorizationCode')]]"
                  + "//button[contains(@class,'authorize')]");
      browser.click(oauth);
      String popup =
          browser
              .await(d -> d.getWindowHandles().stream().filter(h -> !h.equals(page)).findFirst())
              .orElseThrow();
      driver.switchTo().window(popup);
      browser.visible(By.id("username")).sendKeys("visitor");
      driver.findElement(By.id("password")).sendKeys(NetworkFixtures.password("visitor"));
      browser.screenshot("docs-keycloak-login");
      driver.findElement(By.id("kc-login")).click();
      browser.await(d -> d.getWindowHandles().equals(Set.of(page)));
      driver.switchTo().window(page);
      browser.visible(By.xpath("//button[contains(., 'Logout')]"));
      browser.click(By.cssSelector("button.btn-done"));

      By reservations =
          By.xpath(
              "//div[contains(@class,'opblock-get')][.//*[@data-path='/api/reservations']]"
                  + "//button[contains(@class,'opblock-summary-control')]");
      browser.click(reservations);
      browser.click(By.cssSelector(".opblock.is-open button.try-out__btn"));
      browser.click(By.cssSelector(".opblock.is-open button.execute"));
      String status =
          browser
              .visible(
                  By.cssSelector(
                      ".opblock.is-open .live-responses-table tbody .response-col_status"))
              .getText()
              .trim();
      browser.screenshot("docs-tried-an-endpoint");
      assertEquals("200", status.split("\\s+")[0], "the signed-in call's status");
    }
  }
}
