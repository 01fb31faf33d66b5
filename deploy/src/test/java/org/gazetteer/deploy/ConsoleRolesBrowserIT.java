package org.gazetteer.deploy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
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
 * The console's other roles in a real browser: a curator checks a CSV (the dry run's errors as a
 * table, nothing written) and imports a corrected one; an organizer checks a party in by code on a
 * session's attendee list and reads the figures as a chart; a curator shares an exhibit for loan
 * from the form (the missing title's message first), edits it, approves one member's request and
 * answers another with conditions; an admin reads the network's figures; staff close a room for a
 * day and add a holding; an organizer creates an event from the form, adds a session, publishes it,
 * resizes one session and cancels the other.
 */
@ExtendWith(SharedNetwork.Resolver.class)
class ConsoleRolesBrowserIT {

  @Test
  void aCuratorChecksACsvSeesItsErrorsAndImportsTheCorrectedFile(SharedNetwork network)
      throws IOException {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    Path bad = csv("藏品编号,名称,类别\nE2E-UI-CSV-" + tag + ",端到端界面导入" + tag + ",不是类别\n");
    Path good = csv("藏品编号,名称,类别\nE2E-UI-CSV-" + tag + ",端到端界面导入" + tag + ",古籍图书\n");
    try (Browser browser = Browser.start(Browser.DESKTOP)) {
      WebDriver driver = browser.driver();
      driver.get(network.gateway() + "/console#/import");
      browser.signIn("curator.chengdu");
      browser.visible(By.id("csv-file")).sendKeys(bad.toString());
      browser.click(By.cssSelector("#import-form button[type='submit']"));
      WebElement errors = browser.visible(By.cssSelector("#import-errors tbody tr"));
      assertTrue(errors.getText().contains("2"), "the row of the file: " + errors.getText());
      assertFalse(driver.findElement(By.id("import-commit")).isEnabled(), "nothing to commit");
      browser.screenshots("console-import-errors");

      driver.findElement(By.id("csv-file")).sendKeys(good.toString());
      browser.click(By.cssSelector("#import-form button[type='submit']"));
      browser.await(d -> d.findElement(By.id("import-commit")).isEnabled());
      assertEquals(0, exhibitsTitled(network, "端到端界面导入" + tag), "the dry run wrote nothing");
      browser.click(By.id("import-commit"));
      browser.await(d -> exhibitsTitled(network, "端到端界面导入" + tag) == 1);
      assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core, import");
    }
  }

  @Test
  void anOrganizerChecksAPartyInAndReadsTheFiguresAsAChart(SharedNetwork network) {
    // within the check-in window: it opens an hour before the session
    OffsetDateTime start =
        OffsetDateTime.now(ZoneId.of("Asia/Shanghai"))
            .plusMinutes(30)
            .truncatedTo(ChronoUnit.MINUTES);
    JsonPath created = NetworkFixtures.publishedEvent(network, "端到端签到讲座", start, 1, 10);
    String id = created.getString("id");
    String session = created.getString("sessions[0].id");
    SharedNetwork.Visitor visitor = network.newVisitor();
    JsonPath registration =
        NetworkFixtures.post(
                network.api() + "/registrations",
                visitor.bearer(),
                Map.of("session", session, "party", 3))
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    try (Browser browser = Browser.start(Browser.DESKTOP)) {
      WebDriver driver = browser.driver();
      driver.get(network.gateway() + "/console#/events/" + id + "/" + session);
      browser.signIn("organizer.chengdu");
      WebElement attendees = browser.visible(By.cssSelector("#attendees tbody tr"));
      assertTrue(attendees.getText().contains(visitor.username()), attendees.getText());
      driver.findElement(By.id("attendee-code")).sendKeys(registration.getString("checkInCode"));
      driver.findElement(By.id("attendee-people")).sendKeys("2");
      browser.click(By.cssSelector("#attendee-check-in button[type='submit']"));
      browser.await(
          d -> d.findElement(By.cssSelector("#attendees tbody tr")).getText().trim().endsWith("2"));
      given()
          .header("Authorization", visitor.bearer())
          .get(network.api() + "/registrations/" + registration.getString("id"))
          .then()
          .body("checkedIn", equalTo(2));
      browser.screenshots("console-attendees");
      assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core, attendees");

      driver.get(network.gateway() + "/console#/event-stats");
      browser.visible(By.cssSelector("svg.chart rect"));
      String month = start.toLocalDate().toString().substring(0, 7);
      browser.visible(By.xpath("//table[@id='event-stats']//td[.='" + month + "']"));
      browser.screenshots("console-event-stats");
    }
  }

  @Test
  void aCuratorSharesAnExhibitForLoanAndAnswersAMembersRequestsAndAnAdminReadsTheFigures(
      SharedNetwork network) {
    String exhibit =
        given()
            .get(network.api() + "/exhibits?museum=chengdu&limit=1")
            .then()
            .extract()
            .path("items[0].id");
    String title = "端到端界面借展" + UUID.randomUUID().toString().substring(0, 6);
    String resource;
    String approved;
    String conditional;
    try (Browser browser = Browser.start(Browser.DESKTOP)) {
      WebDriver driver = browser.driver();
      driver.get(network.gateway() + "/console#/shared/new");
      browser.signIn("curator.chengdu");
      WebElement form = browser.visible(By.id("resource-form"));
      new Select(form.findElement(By.name("kind"))).selectByValue("EXHIBIT_FOR_LOAN");
      new Select(form.findElement(By.name("delivery"))).selectByValue("PHYSICAL");
      form.findElement(By.name("source.id")).sendKeys(exhibit);
      browser.click(By.cssSelector("#resource-form > button[type='submit']"));
      browser.visible(By.cssSelector("[data-field='title.zh'] .field-error"));

      driver.findElement(By.name("title.zh")).sendKeys(title);
      driver.findElement(By.name("quantity")).sendKeys("2");
      browser.click(By.cssSelector("#resource-form > button[type='submit']"));
      WebElement card = browser.visible(By.xpath("//ul[@id='shared']/li[h3[.='" + title + "']]"));
      resource = card.getAttribute("data-id");
      card.findElement(By.tagName("a")).click();
      WebElement quantity = browser.visible(By.name("quantity"));
      quantity.clear();
      quantity.sendKeys("3");
      browser.click(By.cssSelector("#resource-form > button[type='submit']"));
      browser.visible(By.xpath("//ul[@id='shared']/li[h3[.='" + title + "']]"));
      browser.screenshots("console-shared-resources");

      approved = NetworkFixtures.requestAsLeshan(network, resource, 20);
      conditional = NetworkFixtures.requestAsLeshan(network, resource, 40);
      driver.get(network.gateway() + "/console#/requests");
      By card1 = By.cssSelector("li.share-request[data-id='" + approved + "']");
      browser.visible(card1).findElement(By.cssSelector("button[data-action='approve']")).click();
      browser.visible(
          By.cssSelector("li.share-request[data-id='" + approved + "'][data-status='APPROVED']"));
      WebElement card2 =
          browser.visible(By.cssSelector("li.share-request[data-id='" + conditional + "']"));
      card2.findElement(By.tagName("summary")).click();
      card2.findElement(By.cssSelector("input[value='NO_REPRODUCTION']")).click();
      card2.findElement(By.cssSelector("input[value='INSURANCE']")).click();
      card2.findElement(By.id("cond-" + conditional + "-INSURANCE-note")).sendKeys("保险金额50万元");
      card2.findElement(By.cssSelector(".offer-conditions button[type='submit']")).click();
      browser.visible(
          By.cssSelector(
              "li.share-request[data-id='"
                  + conditional
                  + "'][data-status='CONDITIONAL'] .conditions"));
      browser.screenshots("console-alliance-requests");
      assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core, requests");
    }
    given()
        .header("Authorization", network.bearer("member.leshan"))
        .get(network.api() + "/alliance/resources/" + resource)
        .then()
        .body("title.zh", equalTo(title))
        .body("quantity", equalTo(3))
        .body("source.id", equalTo(exhibit));
    given()
        .header("Authorization", network.bearer("member.leshan"))
        .get(network.api() + "/alliance/requests/" + approved)
        .then()
        .body("status", equalTo("APPROVED"));
    given()
        .header("Authorization", network.bearer("member.leshan"))
        .get(network.api() + "/alliance/requests/" + conditional)
        .then()
        .body("status", equalTo("CONDITIONAL"))
        .body("conditions.kind", equalTo(List.of("NO_REPRODUCTION", "INSURANCE")))
        .body("conditions[1].note", equalTo("保险金额50万元"));

    try (Browser browser = Browser.start(Browser.DESKTOP)) {
      WebDriver driver = browser.driver();
      driver.get(network.gateway() + "/console#/network-stats");
      browser.signIn("admin");
      assertTrue(
          browser.visible(By.cssSelector("svg.chart")).findElements(By.tagName("rect")).size() > 1);
      browser.screenshots("console-network-stats");
      assertEquals(
          List.of(), browser.seriousAccessibilityViolations(), "axe-core, network figures");
    }
  }

  @Test
  void staffSetARoomsClosureAndAddAHoldingThatTheMapThenFinds(SharedNetwork network) {
    String room = NetworkFixtures.room(network, 2);
    String title = "端到端馆藏志" + room.substring(4);
    LocalDate closed = NetworkFixtures.tomorrow().plusDays(10);
    try (Browser browser = Browser.start(Browser.DESKTOP)) {
      WebDriver driver = browser.driver();
      driver.get(network.gateway() + "/console#/room/" + room);
      browser.signIn("staff.wuhou");
      browser.visible(By.id("room-settings"));
      browser.click(By.xpath("//form[@id='room-settings']/button[.='添加闭馆日']"));
      WebElement row = browser.visible(By.cssSelector("#closure-rows .closure-row"));
      typeDate(driver, row.findElement(By.name("from")), closed);
      typeDate(driver, row.findElement(By.name("to")), closed);
      row.findElement(By.name("reason")).sendKeys("端到端盘点");
      browser.click(By.cssSelector("#room-settings > button[type='submit']"));
      browser.await(d -> d.findElement(By.id("console-status")).getText().equals("已保存。"));

      driver.findElement(By.id("holding-title")).sendKeys("《" + title + "》");
      browser.click(By.cssSelector("#holding-form button[type='submit']"));
      browser.await(d -> d.findElement(By.id("holdings")).getText().contains(title));
      browser.screenshots("console-room-settings");
      assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core, room settings");
    }
    given()
        .get(network.api() + "/reading-rooms/" + room + "/slots?date=" + closed)
        .then()
        .statusCode(200)
        .body("closed", equalTo(true));
    given()
        .get(network.api() + "/reading-rooms?holding=" + title)
        .then()
        .statusCode(200)
        .body("items.code", equalTo(List.of(room)));
  }

  @Test
  void anOrganizerCreatesAnEventAddsASessionPublishesItAndChangesItsSessions(
      SharedNetwork network) {
    String title = "端到端表单讲座" + UUID.randomUUID().toString().substring(0, 6);
    LocalDate day = NetworkFixtures.tomorrow().plusDays(12);
    String id;
    try (Browser browser = Browser.start(Browser.DESKTOP)) {
      WebDriver driver = browser.driver();
      driver.get(network.gateway() + "/console#/events/new");
      browser.signIn("organizer.chengdu");
      WebElement form = browser.visible(By.id("event-form"));
      setValue(driver, form.findElement(By.name("sessions[0].start")), day + "T14:00");
      setValue(driver, form.findElement(By.name("sessions[0].end")), day + "T16:00");
      browser.click(By.cssSelector("#event-form button[type='submit']"));
      browser.visible(By.cssSelector("[data-field='title.zh'] .field-error"));

      driver.findElement(By.name("title.zh")).sendKeys(title);
      browser.click(By.cssSelector("#event-form button[type='submit']"));
      String url =
          browser.await(
              d ->
                  d.getCurrentUrl().matches(".*#/events/[0-9a-f-]{36}$")
                      ? d.getCurrentUrl()
                      : null);
      id = url.substring(url.lastIndexOf('/') + 1);

      WebElement add = browser.visible(By.id("add-session"));
      setValue(driver, add.findElement(By.name("new.start")), day + "T18:00");
      setValue(driver, add.findElement(By.name("new.end")), day + "T20:00");
      add.findElement(By.cssSelector("button[type='submit']")).click();
      browser.await(d -> d.findElements(By.cssSelector("#sessions > li")).size() == 2);
      browser.click(By.xpath("//button[.='发布']"));
      browser.visible(By.xpath("//h2[contains(., '已发布')]"));

      WebElement first = browser.visible(By.cssSelector("#sessions > li:first-child"));
      WebElement capacity = first.findElement(By.cssSelector("input[name$='.capacity']"));
      capacity.clear();
      capacity.sendKeys("40");
      first.findElement(By.cssSelector("button[type='submit']")).click();
      browser.await(d -> d.findElement(By.id("console-status")).getText().equals("已保存。"));
      By cancel = By.xpath("//ul[@id='sessions']/li[2]//button[contains(., '取消此场次')]");
      browser.click(cancel);
      browser.click(cancel); // the second press confirms
      browser.visible(By.cssSelector("#sessions > li:nth-child(2)[data-status='CANCELLED']"));
      assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core, an event");
      browser.screenshots("console-event");
    }
    given()
        .get(network.api() + "/events/" + id)
        .then()
        .statusCode(200)
        .body("status", equalTo("PUBLISHED"))
        .body("sessions.start", equalTo(List.of(day + "T06:00:00Z", day + "T10:00:00Z")))
        .body("sessions.capacity", equalTo(List.of(40, 30)))
        .body("sessions.status", equalTo(List.of("SCHEDULED", "CANCELLED")));
  }

  /** Sets an input's value as a browser's own picker would, then tells the page. */
  private static void setValue(WebDriver driver, WebElement input, String value) {
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
            input,
            value);
  }

  private static void typeDate(WebDriver driver, WebElement input, LocalDate date) {
    setValue(driver, input, date.toString());
  }

  private static long exhibitsTitled(SharedNetwork network, String title) {
    return given()
        .header("Authorization", network.bearer("curator.chengdu"))
        .queryParam("museum", "chengdu")
        .queryParam("status", "DRAFT") // newest first; drafts are listed, not searched
        .queryParam("limit", 100)
        .get(network.api() + "/exhibits")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.title.zh")
        .stream()
        .filter(title::equals)
        .count();
  }

  private static Path csv(String text) {
    try {
      Path file = Files.createTempFile("gazetteer-import-", ".csv");
      file.toFile().deleteOnExit();
      return Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
