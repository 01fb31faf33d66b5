package org.gazetteer.deploy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The console at {@code /console} in a real browser, signed in through the realm's login page: a
 * curator registers an exhibit with its type of work and an image (the API's validation message
 * beside the field first), submits it, a second curator approves it and the portal's search finds
 * it; an edit that meets someone else's change shows both versions; reading-room staff check
 * visitors in by code at the desk and from the page a visitor's QR code opens.
 */
@ExtendWith(SharedNetwork.Resolver.class)
class ConsoleBrowserIT {

  /** One of the demo images the network serves itself. */
  private static final String IMAGE = "/media/exhibits/chengdu-fuzhi.svg";

  @Test
  void aCuratorRegistersAnExhibitASecondApprovesItAndTheportalFindsIt(SharedNetwork network) {
    String title = "端到端控制台志" + UUID.randomUUID().toString().substring(0, 6);
    String id;
    try (Browser browser = Browser.start(Browser.DESKTOP)) {
      WebDriver driver = browser.driver();
      driver.get(network.gateway() + "/console#/exhibits/new");
      browser.visible(By.id("console-signed-out"));
      browser.signIn("curator.chengdu");

      WebElement form = browser.visible(By.id("exhibit-form"));
      form.findElement(By.name("inventoryNo")).sendKeys("E2E-UI-" + title.substring(7));
      new Select(form.findElement(By.name("category"))).selectByValue("ANCIENT_BOOKS");
      form.findElement(By.name("dating.label")).sendKeys("清光绪");
      browser.click(By.cssSelector("#exhibit-form button[type='submit']"));
      WebElement error = browser.visible(By.cssSelector("[data-field='title.zh'] .field-error"));
      assertEquals("must not be null", error.getText(), "the API's message for the absent title");
      assertEquals(
          "true",
          driver.findElement(By.name("title.zh")).getAttribute("aria-invalid"),
          "the field is marked");
      browser.screenshots("console-exhibit-field-error");

      driver.findElement(By.name("title.zh")).sendKeys(title);
      new Select(form.findElement(By.name("workType"))).selectByValue("GAZETTEER");
      browser.click(By.xpath("//form[@id='exhibit-form']//button[.='添加图片']"));
      WebElement image = browser.visible(By.cssSelector("#exhibit-form .image-row"));
      image.findElement(By.name("url")).sendKeys(IMAGE);
      image.findElement(By.name("caption")).sendKeys("封面");
      browser.click(By.cssSelector("#exhibit-form > button[type='submit']"));
      browser.await(d -> d.getCurrentUrl().matches(".*#/exhibits/[0-9a-f-]{36}$"));
      id = driver.getCurrentUrl().replaceAll(".*#/exhibits/", "");
      browser.visible(By.cssSelector(".state[data-status='DRAFT']"));
      browser.click(By.xpath("//div[@class='actions']/button[.='提交审核']"));
      browser.visible(By.cssSelector(".state[data-status='IN_REVIEW']"));
      browser.screenshots("console-exhibit-submitted");
      assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core, exhibit form");
    }

    try (Browser browser = Browser.start(Browser.DESKTOP)) {
      WebDriver driver = browser.driver();
      driver.get(network.gateway() + "/console#/review");
      browser.signIn("curator2.chengdu");
      WebElement card = browser.visible(By.cssSelector("li.review[data-id='" + id + "']"));
      assertTrue(card.getText().contains(title), card.getText());
      browser.screenshots("console-review");
      card.findElement(By.xpath(".//button[.='通过']")).click();
      browser.await(
          d -> d.findElements(By.cssSelector("li.review[data-id='" + id + "']")).isEmpty());

      given()
          .get(network.api() + "/exhibits/" + id)
          .then()
          .statusCode(200)
          .body("status", equalTo("PUBLISHED"))
          .body("workType", equalTo("GAZETTEER"))
          .body("images.url", equalTo(List.of(IMAGE)))
          .body("images[0].caption.zh", equalTo("封面"));
      driver.get(network.gateway() + "/?q=" + title);
      WebElement exhibits = browser.visible(By.cssSelector(".result-group[data-kind='exhibits']"));
      assertTrue(exhibits.getText().contains(title), exhibits.getText());
    }
  }

  @Test
  void anEditThatMeetsSomeoneElsesChangeShowsBothVersions(SharedNetwork network) {
    String created =
        NetworkFixtures.post(
                network.api() + "/exhibits",
                network.bearer("curator.chengdu"),
                NetworkFixtures.exhibit("端到端并发修改志"))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    try (Browser browser = Browser.start(Browser.DESKTOP)) {
      WebDriver driver = browser.driver();
      driver.get(network.gateway() + "/console#/exhibits/" + created);
      browser.signIn("curator.chengdu");
      WebElement title = browser.visible(By.name("title.zh"));

      Map<String, Object> theirs = new HashMap<>(NetworkFixtures.exhibit("同事改过的题名"));
      theirs.put("inventoryNo", driver.findElement(By.name("inventoryNo")).getAttribute("value"));
      given()
          .header("Authorization", network.bearer("curator2.chengdu"))
          .header("If-Match", "\"0\"")
          .contentType("application/json")
          .body(theirs)
          .put(network.api() + "/exhibits/" + created)
          .then()
          .statusCode(200);

      title.clear();
      title.sendKeys("我改的题名");
      browser.click(By.cssSelector("#exhibit-form button[type='submit']"));
      WebElement versions = browser.visible(By.cssSelector("#conflict table.conflict-versions"));
      assertTrue(versions.getText().contains("我改的题名"), versions.getText());
      assertTrue(versions.getText().contains("同事改过的题名"), versions.getText());
      assertEquals("同事改过的题名", driver.findElement(By.name("title.zh")).getAttribute("value"));
      browser.screenshots("console-conflict");
    }
  }

  @Test
  void staffCheckVisitorsInByCodeAtTheDeskAndFromTheQrCodesPage(SharedNetwork network) {
    String room = NetworkFixtures.room(network, 4);
    LocalDate day = NetworkFixtures.tomorrow();
    Map<String, String> atTheDesk = reserve(network, room, day, 10);
    Map<String, String> byQrCode = reserve(network, room, day, 12);
    try (Browser browser = Browser.start(Browser.DESKTOP)) {
      WebDriver driver = browser.driver();
      driver.get(network.gateway() + "/console#/desk?room=" + room + "&date=" + day);
      browser.signIn("staff.wuhou");
      By desk = By.cssSelector("#desk-list li.desk[data-id='" + atTheDesk.get("id") + "']");
      WebElement card = browser.visible(desk);
      card.findElement(By.name("code")).sendKeys(atTheDesk.get("code"));
      card.findElement(By.tagName("button")).click();
      browser.visible(
          By.cssSelector(
              "#desk-list li.desk[data-id='"
                  + atTheDesk.get("id")
                  + "'][data-status='CHECKED_IN']"));
      browser.screenshots("console-desk");
      assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core, desk");

      // what the visitor's QR code opens (the link the QR code holds: CheckInQrTest)
      driver.get(
          network.gateway()
              + "/console#/check-in/"
              + byQrCode.get("id")
              + "/"
              + byQrCode.get("code"));
      browser.click(By.id("confirm-check-in"));
      browser.visible(By.cssSelector(".state[data-status='CHECKED_IN']"));
      browser.screenshots("console-check-in-by-qr");
    }
    for (Map<String, String> reservation : List.of(atTheDesk, byQrCode)) {
      given()
          .header("Authorization", network.bearer("staff.wuhou"))
          .get(network.api() + "/reservations/" + reservation.get("id"))
          .then()
          .statusCode(200)
          .body("status", equalTo("CHECKED_IN"));
    }
  }

  /** A new visitor's reservation of the slot at {@code hour}: its id and check-in code. */
  private static Map<String, String> reserve(
      SharedNetwork network, String room, LocalDate day, int hour) {
    var start = day.atTime(hour, 0).atOffset(ZoneOffset.ofHours(8));
    var answer =
        NetworkFixtures.post(
                network.api() + "/reservations",
                network.newVisitor().bearer(),
                Map.of(
                    "room", room, "start", start.toString(), "end", start.plusHours(2).toString()))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    return Map.of("id", answer.getString("id"), "code", answer.getString("checkIn.code"));
  }
}
