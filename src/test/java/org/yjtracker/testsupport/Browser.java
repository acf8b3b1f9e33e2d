package org.yjtracker.testsupport;

import java.io.File;
import java.net.URL;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Chromium pointed at the deployed application, with the waits page tests need. */
public final class Browser implements AutoCloseable {

  private final WebDriver driver;
  private final WebDriverWait wait;
  private final String base;

  private Browser(URL base) {
    var service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new File(System.getProperty("test.chromedriver", "/usr/bin/chromedriver")))
            .build();
    var options = new ChromeOptions();
    options.setBinary(System.getProperty("test.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1000");
    this.driver = new ChromeDriver(service, options);
    // A page that is navigating away can answer a look at its elements with "does not belong to
    // the document" rather than a stale element: while waiting, that only means "not yet".
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    this.wait.ignoring(org.openqa.selenium.WebDriverException.class);
    this.base = base.toString().replaceAll("/$", "");
  }

  public static Browser open(URL base) {
    return new Browser(base);
  }

  /** Signs in through the sign-in page and waits for the page it leads to. */
  public Browser signIn(String email, String password) {
    go("/signin");
    driver.findElement(By.id("email")).sendKeys(email);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("sign-in")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
    return this;
  }

  public Browser go(String path) {
    driver.get(base + path);
    return this;
  }

  public WebElement visible(String id) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
  }

  public void waitForText(String id, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
  }

  public WebElement find(By by) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(by));
  }

  public WebDriver driver() {
    return driver;
  }

  public WebDriverWait waiting() {
    return wait;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
