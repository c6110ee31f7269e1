package versus.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static versus.browser.BrowserSupport.js;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import versus.testing.Browser;
import versus.testing.BuiltSite;
import versus.testing.StaticHttpServer;

/**
 * Search as a reader uses it, in Chromium: over http under a project path, and from disk. Nothing of search loads
 * before the box is used; typing shows linked, highlighted results; the keyboard works; the results page works; and
 * every query of the relevance set finds its expected section in the top 3 with the real client in the browser.
 */
class SearchBrowserIT {

  static ChromeDriver driver;
  static BuiltSite site;
  static StaticHttpServer server;

  @BeforeAll
  static void start() {
    site = BuiltSite.build("default");
    server = new StaticHttpServer(site.dir(), "/versus/");
    driver = Browser.start();
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  static void open(String url) {
    driver.get(url);
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> "complete".equals(js(driver, "return document.readyState")));
  }

  static List<WebElement> results() {
    return driver.findElements(By.cssSelector("[data-search-results] a"));
  }

  static void waitForResults() {
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !results().isEmpty());
  }

  @Test
  void nothingLoadsUntilTheBoxIsUsedThenResultsAppearAsYouType() {
    open(server.url() + "ecs-eks-basics/");
    assertThat(searchRequests()).as("search files before the box is used").isEmpty();
    WebElement box = driver.findElement(By.cssSelector("input[type=search]"));
    assertThat(driver.findElement(By.cssSelector("label[for=" + box.getAttribute("id") + "]")).getText()).isNotBlank();
    box.click();
    box.sendKeys("fargate");
    waitForResults();
    assertThat(searchRequests()).isNotEmpty().allMatch(u -> u.contains("/versus/"));
    WebElement first = results().get(0);
    assertThat(first.getAttribute("href")).contains("/versus/").contains("#");
    assertThat(driver.findElements(By.cssSelector("[data-search-results] mark"))).isNotEmpty()
        .allMatch(m -> m.getText().toLowerCase(Locale.ROOT).startsWith("fargate"));
    assertThat(BrowserSupport.consoleErrors(driver)).isEmpty();
  }

  @Test
  void slashFocusesArrowsChooseEnterOpensTheSectionEscapeCloses() {
    open(server.url());
    driver.findElement(By.tagName("body")).sendKeys("/");
    WebElement box = driver.switchTo().activeElement();
    assertThat(box.getAttribute("type")).isEqualTo("search");
    box.sendKeys("horizontal pod autoscaler");
    waitForResults();
    String target = results().get(0).getAttribute("href");
    box.sendKeys(Keys.ARROW_DOWN);
    assertThat(box.getAttribute("aria-activedescendant")).isNotBlank();
    box.sendKeys(Keys.ENTER);
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().equals(target));
    String anchor = target.substring(target.indexOf('#') + 1);
    assertThat(js(driver, "return !!document.getElementById(decodeURIComponent(arguments[0]))", anchor)).isEqualTo(true);

    open(server.url());
    WebElement again = driver.findElement(By.cssSelector("input[type=search]"));
    again.click();
    again.sendKeys("ecs");
    waitForResults();
    again.sendKeys(Keys.ESCAPE);
    new WebDriverWait(driver, Duration.ofSeconds(5))
        .until(d -> !driver.findElement(By.cssSelector(".search-panel")).isDisplayed());
  }

  @Test
  void controlKOpensTheBoxToo() {
    open(server.url() + "ecs-vs-kubernetes/");
    driver.findElement(By.tagName("body")).sendKeys(Keys.chord(Keys.CONTROL, "k"));
    assertThat(driver.switchTo().activeElement().getAttribute("type")).isEqualTo("search");
  }

  @Test
  void theResultsPageCanBeSharedAndSuggestsWordsWhenNothingMatches() {
    open(server.url() + "search/?q=" + "kubernetes%20scaling");
    waitForResults();
    assertThat(driver.findElement(By.cssSelector("input[type=search][name=q]#v-search-page-input")).getAttribute("value"))
        .isEqualTo("kubernetes scaling");
    open(server.url() + "search/?q=fargatte");
    waitForResults();
    open(server.url() + "search/?q=zqxjwv");
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> !driver.findElement(By.cssSelector("[data-search-status]")).getText().isBlank());
    assertThat(results()).isEmpty();
    assertThat(driver.findElement(By.cssSelector("[data-search-status]")).getText().toLowerCase(Locale.ROOT))
        .contains("no");
  }

  @Test
  void worksFromDisk() {
    open(site.dir().resolve("index.html").toUri().toString());
    WebElement box = driver.findElement(By.cssSelector("input[type=search]"));
    box.click();
    box.sendKeys("ecr");
    waitForResults();
    String href = results().get(0).getAttribute("href");
    assertThat(href).startsWith("file:").contains("/index.html#");
    results().get(0).click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().startsWith(href.substring(0, href.indexOf('#'))));
    assertThat(BrowserSupport.consoleErrors(driver)).isEmpty();
  }

  @Test
  void everyRelevanceQueryFindsItsSectionInTheTopThreeInTheBrowser() throws IOException {
    open(server.url());
    List<String> misses = new ArrayList<>();
    List<Double> millis = new ArrayList<>();
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    for (String line : Files.readAllLines(Path.of("src/test/resources/search/queries.tsv"), StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] cols = line.split("\t");
      String expected = cols[1] + "#" + cols[2];
      @SuppressWarnings("unchecked")
      Map<String, Object> answer = (Map<String, Object>) driver.executeAsyncScript(
          "var q = arguments[0], done = arguments[arguments.length - 1], first;"
              + "window.VersusSearch.query(q).then(function (a) {"
              + "  first = a; var t0 = performance.now();"
              + "  return window.VersusSearch.query(q).then(function () { return performance.now() - t0; });"
              + "}).then(function (ms) {"
              + "  done({top: first.slice(0, 3).map(function (x) { return x.url; }), ms: ms});"
              + "}, function (e) { done({error: String(e)}); });",
          cols[0]);
      assertThat(answer).as(cols[0]).doesNotContainKey("error");
      @SuppressWarnings("unchecked")
      List<String> top = (List<String>) answer.get("top");
      millis.add(((Number) answer.get("ms")).doubleValue());
      if (!top.contains(expected)) {
        misses.add(cols[0] + ": expected " + expected + ", got " + top);
      }
    }
    millis.sort(null);
    System.out.printf(Locale.ROOT, "search in Chromium, %d queries (files loaded): median %.1f ms, max %.1f ms%n",
        millis.size(), millis.get(millis.size() / 2), millis.get(millis.size() - 1));
    assertThat(millis).hasSizeGreaterThanOrEqualTo(30);
    assertThat(misses).isEmpty();
  }

  /** URLs of search files the page has requested so far. */
  @SuppressWarnings("unchecked")
  static List<String> searchRequests() {
    return (List<String>) js(driver,
        "return performance.getEntriesByType('resource').map(function (e) { return e.name; })"
            + ".filter(function (n) { return /search/.test(n); });");
  }
}
