package org.gazetteer.deploy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A visitor on {@code /account} in a real browser: signs in through the realm's login page,
 * reserves a seat in a free slot and sees the check-in code with its QR code, registers a party for
 * an event session and sees the waitlist position, and cancels. The API agrees with the page each
 * time; axe-core finds no serious or critical violation; screenshots at both widths.
 */
@ExtendWith(SharedNetwork.Resolver.class)
class VisitorBookingBrowserIT {

  private static final By RESERVATION = By.cssSelector("#reservations li.reservation");

  @Test
  void aVisitorReservesASeatSeesTheCodeAndItsQrCodeAndCancels(SharedNetwork network) {
    String room = NetworkFixtures.room(network, 5);
    LocalDate day = NetworkFixtures.tomorrow();
    SharedNetwork.Visitor visitor = network.newVisitor();
    try (Browser browser = Browser.start(Browser.DESKTOP)) {
      WebDriver driver = browser.driver();
      driver.get(network.gateway() + "/account?room=" + room + "&date=" + day);
      browser.visible(By.id("signed-out"));
      browser.signIn(visitor.username(), visitor.password());

      browser.click(By.cssSelector("#slots li button"));
      WebElement card = browser.visible(RESERVATION);
      String id = card.getAttribute("data-id");
      String code = card.findElement(By.className("check-in-code")).getText();
      JsonPath reservation =
          given()
              .header("Authorization", visitor.bearer())
              .get(network.api() + "/reservations/" + id)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      assertEquals("CONFIRMED", reservation.getString("status"));
      assertEquals(room, reservation.getString("room"));
      assertEquals(reservation.getString("checkIn.code"), code, "the code the visitor sees");
      WebElement qr = card.findElement(By.className("qr"));
      browser.await(
          d ->
              (Boolean)
                  ((JavascriptExecutor) d)
                      .executeScript(
                          "return arguments[0].complete && arguments[0].naturalWidth > 0", qr));
      assertTrue(qr.getAttribute("alt").contains(code), qr.getAttribute("alt"));
      assertEquals(List.of(), browser.seriousAccessibilityViolations(), "axe-core, /account");
      browser.screenshots("account-reserved");

      card.findElement(By.tagName("button")).click();
      browser.visible(
          By.cssSelector("#reservations li[data-id='" + id + "'][data-status='CANCELLED']"));
      given()
          .header("Authorization", visitor.bearer())
          .get(network.api() + "/reservations/" + id)
          .then()
          .statusCode(200)
          .body("status", org.hamcrest.Matchers.equalTo("CANCELLED"));
    }
  }

  @Test
  void aVisitorRegistersAPartyForAFullSessionAndSeesTheWaitlistPosition(SharedNetwork network) {
    Session session = fullSession(network);
    SharedNetwork.Visitor visitor = network.newVisitor();
    try (Browser browser = Browser.start(Browser.DESKTOP)) {
      WebDriver driver = browser.driver();
      driver.get(
          network.gateway() + "/account?event=" + session.event() + "&session=" + session.id());
      browser.signIn(visitor.username(), visitor.password());

      browser.await(
          d ->
              new Select(d.findElement(By.id("session")))
                  .getFirstSelectedOption()
                  .getAttribute("value")
                  .equals(session.id()));
      WebElement party = driver.findElement(By.id("party"));
      party.clear();
      party.sendKeys("2");
      browser.click(By.cssSelector("#register-form button[type='submit']"));

      WebElement card =
          browser.visible(
              By.cssSelector("#registrations li.registration[data-status='WAITLISTED']"));
      assertTrue(card.getText().contains("候补第 1 位"), card.getText());
      assertTrue(card.getText().contains("2 人"), card.getText());
      given()
          .header("Authorization", visitor.bearer())
          .get(network.api() + "/registrations/" + card.getAttribute("data-id"))
          .then()
          .statusCode(200)
          .body("status", org.hamcrest.Matchers.equalTo("WAITLISTED"))
          .body("position", org.hamcrest.Matchers.equalTo(1))
          .body("party", org.hamcrest.Matchers.equalTo(2));
      browser.screenshot("account-waitlisted-desktop");
    }
  }

  /** An event's session. */
  private record Session(String event, String id) {}

  /** A published event with one session of two places, both taken by the demo visitor's party. */
  private static Session fullSession(SharedNetwork network) {
    OffsetDateTime start =
        NetworkFixtures.tomorrow()
            .plusDays(6)
            .atTime(14, 0)
            .atOffset(java.time.ZoneOffset.ofHours(8));
    JsonPath created = NetworkFixtures.publishedEvent(network, "端到端满员讲座", start, 2, 2);
    String id = created.getString("id");
    String session = created.getString("sessions[0].id");
    NetworkFixtures.post(
            network.api() + "/registrations",
            network.bearer("visitor"),
            Map.of("session", session, "party", 2))
        .then()
        .statusCode(201)
        .body("status", org.hamcrest.Matchers.equalTo("CONFIRMED"));
    return new Session(id, session);
  }
}
