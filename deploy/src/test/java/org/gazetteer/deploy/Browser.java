package org.gazetteer.deploy;

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
    return new WebDriverWait(driver, WAIT)
        .ignoring(StaleElementReferenceException.class)
        .until(condition::apply);
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
