package org.gazetteer.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through its ChromeDriver, for the browser tests. A missing
 * browser or driver fails the test and names the Debian packages ({@code .ci/run} installs them);
 * it never skips. Each browser has an empty profile of its own; screenshots go to {@code
 * target/screenshots/} as test artifacts.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Dimension DESKTOP = new Dimension(1280, 900);
  static final Dimension PHONE = new Dimension(390, 844);
  private static final Duration WAIT = Duration.ofSeconds(30);

  private final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** A new headless Chromium window of {@code size}. */
  static Browser start(Dimension size) {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      fail(
          "browser tests need "
              + CHROMIUM
              + " and "
              + CHROMEDRIVER
              + ": install the Debian packages chromium and chromium-driver"
              + " (apt-get install chromium chromium-driver)");
    }
    try {
      Path profile = Files.createTempDirectory("gazetteer-chromium-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--user-data-dir=" + profile,
          "--window-size=" + size.getWidth() + "," + size.getHeight());
      ChromeDriverService service =
          new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
      return new Browser(new ChromeDriver(service, options), profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  WebDriver driver() {
    return driver;
  }

  /**
   * Waits until {@code condition} holds, at most 30 s; an element the page replaced meanwhile
   * (stale) counts as not yet.
   */
  <T> T await(Function<WebDriver, T> condition) {
    try {
      return new WebDriverWait(driver, WAIT)
          .ignoring(StaleElementReferenceException.class)
          .until(condition::apply);
    } catch (TimeoutException e) {
      Path shot = screenshot("timeout-" + System.nanoTime());
      String text = driver.findElement(By.tagName("body")).getText();
      throw new AssertionError(
          "waited 30 s on "
              + driver.getCurrentUrl()
              + " (screenshot "
              + shot
              + "); the page reads:\n"
              + text.substring(0, Math.min(text.length(), 2000)),
          e);
    }
  }

  /** Waits until an element is visible and returns it. */
  WebElement visible(By by) {
    return await(ExpectedConditions.visibilityOfElementLocated(by)::apply);
  }

  /** Waits until an element can be clicked and clicks it. */
  void click(By by) {
    await(ExpectedConditions.elementToBeClickable(by)::apply).click();
  }

  /**
   * Signs in on one of the web pages through the realm's login page: its sign-in button, the
   * Keycloak form, and back on the page with the user's name shown.
   */
  void signIn(String username) {
    signIn(username, NetworkFixtures.password(username));
  }

  /** The same for a user of the test's own making. */
  void signIn(String username, String password) {
    click(By.id("sign-in"));
    visible(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("kc-login")).click();
    await(ExpectedConditions.textToBe(By.id("who"), username)::apply);
  }

  /** Resizes the window, e.g. to {@link #PHONE} for a screenshot at a phone's width. */
  void resize(Dimension size) {
    driver.manage().window().setSize(size);
  }

  /**
   * Empty when the page fits the window's width; else the elements that reach past its right edge
   * (clipped ones too, such as map tiles), each as {@code tag#id.class right-edge>width}.
   */
  @SuppressWarnings("unchecked")
  List<String> overflowing() {
    return (List<String>)
        driver.executeScript(
            "const width = document.documentElement.clientWidth;"
                + " if (document.documentElement.scrollWidth <= width) return [];"
                + " return [...document.querySelectorAll('body *')]"
                + ".filter(e => e.getClientRects().length && e.getBoundingClientRect().right > width + 1)"
                + ".slice(0, 8).map(e => e.tagName.toLowerCase() + '#' + e.id + '.' + e.className"
                + " + ' ' + Math.round(e.getBoundingClientRect().right) + '>' + width);");
  }

  /**
   * The serious and critical accessibility violations axe-core finds on the current page, each as
   * {@code rule: target…}; empty when there are none.
   */
  List<String> seriousAccessibilityViolations() {
    Results results = new AxeBuilder().analyze(driver);
    if (results.getPasses().isEmpty()) {
      throw new AssertionError("axe-core checked nothing on " + driver.getCurrentUrl());
    }
    return results.getViolations().stream()
        .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
        .map(
            rule ->
                rule.getId()
                    + ": "
                    + rule.getNodes().stream()
                        .map(node -> node.getTarget().toString())
                        .collect(Collectors.joining(", ")))
        .toList();
  }

  /**
   * Saves the page at desktop and at phone width ({@code <name>-desktop.png}, {@code
   * <name>-phone.png}), failing when the phone's width would scroll sideways; the window is a
   * desktop's again afterwards.
   */
  void screenshots(String name) {
    resize(DESKTOP);
    screenshot(name + "-desktop");
    resize(PHONE);
    assertEquals(List.of(), overflowing(), name + ": no sideways scrolling on a phone");
    screenshot(name + "-phone");
    resize(DESKTOP);
  }

  /** Saves a screenshot of the window as {@code target/screenshots/<name>.png}. */
  Path screenshot(String name) {
    try {
      Path target = Path.of("target", "screenshots", name + ".png");
      Files.createDirectories(target.getParent());
      Files.copy(
          driver.getScreenshotAs(OutputType.FILE).toPath(),
          target,
          StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temporary profile is harmless
    }
  }
}
