package versus.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static versus.browser.BrowserSupport.js;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import versus.testing.Browser;
import versus.testing.BuiltSite;
import versus.testing.StaticHttpServer;

/**
 * Both themes in a real browser (Debian Chromium): every page served over http by a plain static server under a
 * project path ({@code /versus/}, as GitHub Pages serves a project site) and opened from disk.
 */
class ThemeBrowserIT {

  static final Path SCREENSHOTS = Path.of("target/screenshots");
  static final Path README_IMAGES = Path.of(".github/readme");

  static ChromeDriver driver;
  static final Map<String, BuiltSite> SITES = new HashMap<>();
  static final Map<String, StaticHttpServer> SERVERS = new HashMap<>();

  @BeforeAll
  static void start() throws IOException {
    Files.createDirectories(SCREENSHOTS);
    driver = Browser.start();
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    SERVERS.values().forEach(StaticHttpServer::close);
  }

  static BuiltSite site(String theme) {
    return SITES.computeIfAbsent(theme, BuiltSite::build);
  }

  static String http(String theme) {
    return SERVERS.computeIfAbsent(theme, t -> new StaticHttpServer(site(t).dir(), "/versus/")).url();
  }

  static void open(String url) {
    driver.get(url);
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> "complete".equals(js(driver, "return document.readyState")));
  }

  static void setStoredMode(String mode) {
    if (mode.equals("system")) {
      js(driver, "localStorage.removeItem('versus-color-mode')");
    } else {
      js(driver, "localStorage.setItem('versus-color-mode', arguments[0])", mode);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"default", "paper"})
  void axeFindsNoViolationsOnAnyPageInLightOrDarkMode(String theme) {
    List<String> problems = new ArrayList<>();
    driver.manage().window().setSize(new Dimension(1280, 800));
    for (String scheme : List.of("light", "dark")) {
      BrowserSupport.emulateColorScheme(driver, scheme);
      for (String page : site(theme).pages()) {
        open(http(theme) + BuiltSite.urlOf(page));
        setStoredMode("system");
        for (String v : BrowserSupport.axeViolations(driver)) {
          problems.add(theme + " " + scheme + " " + page + ": " + v);
        }
      }
    }
    BrowserSupport.emulateColorScheme(driver, "light");
    assertThat(problems).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"default", "paper"})
  void everyPageLoadsWithoutConsoleErrorsOrLayoutShiftAndFitsAPhone(String theme) {
    List<String> problems = new ArrayList<>();
    for (Dimension size : List.of(new Dimension(1280, 800), new Dimension(375, 812))) {
      driver.manage().window().setSize(size);
      for (String page : site(theme).pages()) {
        BrowserSupport.consoleErrors(driver);
        open(http(theme) + BuiltSite.urlOf(page));
        for (String e : BrowserSupport.consoleErrors(driver)) {
          problems.add(page + " console: " + e);
        }
        for (String shift : BrowserSupport.layoutShifts(driver)) {
          problems.add(page + " at " + size + ": layout shift " + shift);
        }
        long overflow =
            ((Number) js(driver, "return document.documentElement.scrollWidth - window.innerWidth")).longValue();
        if (overflow > 0) {
          problems.add(page + " at " + size + ": " + overflow + " px wider than the screen");
        }
      }
    }
    driver.manage().window().setSize(new Dimension(1280, 800));
    assertThat(problems).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"default", "paper"})
  void colourModeToggleIsRememberedAcrossPagesOverHttpAndFromDisk(String theme) {
    for (String base : List.of(http(theme), site(theme).dir().toUri().toString())) {
      boolean file = base.startsWith("file:");
      open(base + (file ? "index.html" : ""));
      setStoredMode("system");
      open(base + (file ? "index.html" : ""));
      assertThat(js(driver, "return document.documentElement.getAttribute('data-theme')")).isNull();
      WebElement toggle = driver.findElement(By.cssSelector("[data-mode-toggle]"));
      assertThat(toggle.getAttribute("aria-label")).isEqualTo("Colour mode: system (switch to light)");
      clickAndWait(toggle, "light");
      clickAndWait(toggle, "dark");
      String background = (String) js(driver, "return getComputedStyle(document.body).backgroundColor");
      // Chromium hands a localStorage write to other renderer processes asynchronously, and a link to another page
      // (on file: URLs above all) may open in a new one. A fixed pause was not always long enough, so the test waits
      // until a page in another tab reads the choice: then the hand-over is done, and what follows tests the page.
      awaitStoredElsewhere(base + (file ? "index.html" : ""), "dark");
      // Follow a link to a note, as a reader would: the choice must hold there, before and after scripts run.
      driver.findElement(By.cssSelector(".note-list a, .site-nav li a")).click();
      new WebDriverWait(driver, Duration.ofSeconds(10))
          .until(d -> js(driver, "return document.querySelector('article.note') !== null").equals(Boolean.TRUE));
      assertThat(driver.getCurrentUrl()).as("link from " + base).contains(file ? "/index.html" : "/versus/");
      assertThat(js(driver, "return document.documentElement.getAttribute('data-theme')"))
          .as("on %s after a link from %s; stored %s", driver.getCurrentUrl(), base,
              js(driver, "return localStorage.getItem('versus-color-mode')"))
          .isEqualTo("dark");
      assertThat(js(driver, "return getComputedStyle(document.body).backgroundColor")).isEqualTo(background);
      assertThat(driver.findElement(By.cssSelector("[data-mode-toggle]")).getAttribute("aria-label"))
          .isEqualTo("Colour mode: dark (switch to system)");
      setStoredMode("system");
    }
  }

  /** Clicks the colour-mode button and waits until the page has switched to {@code mode}. */
  static void clickAndWait(WebElement toggle, String mode) {
    toggle.click();
    new WebDriverWait(driver, Duration.ofSeconds(5))
        .withMessage(() -> "colour mode did not become " + mode + "; stored: "
            + js(driver, "return localStorage.getItem('versus-color-mode')") + ", label: " + toggle.getAttribute("aria-label"))
        .until(d -> mode.equals(js(driver, "return document.documentElement.getAttribute('data-theme')")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"default", "paper"})
  void outlineLinksJumpToTheirSectionAndTheCurrentSectionIsMarked(String theme) {
    driver.manage().window().setSize(new Dimension(1400, 900));
    open(http(theme) + "ecs-vs-eks-deep-dive/");
    List<WebElement> links = driver.findElements(By.cssSelector(".toc a"));
    assertThat(links).hasSizeGreaterThan(10);
    WebElement target = links.get(links.size() / 2);
    String href = target.getAttribute("href");
    String id = java.net.URLDecoder.decode(href.substring(href.indexOf('#') + 1), java.nio.charset.StandardCharsets.UTF_8);
    target.click();
    new WebDriverWait(driver, Duration.ofSeconds(5))
        .until(d -> driver.getCurrentUrl().endsWith(href.substring(href.indexOf('#'))));
    Number top = (Number) js(driver, "return document.getElementById(arguments[0]).getBoundingClientRect().top", id);
    assertThat(top.doubleValue()).isBetween(-5.0, 200.0);
    new WebDriverWait(driver, Duration.ofSeconds(5))
        .until(d -> id.equals(js(driver, "var a = document.querySelector('.toc a[aria-current]');"
            + " return a && decodeURIComponent(a.getAttribute('href').slice(1));")));
    driver.manage().window().setSize(new Dimension(1280, 800));
  }

  @ParameterizedTest
  @ValueSource(strings = {"default", "paper"})
  void screenshotsOfDesktopAndPhoneInLightAndDark(String theme) throws IOException {
    for (String page : List.of("", "ecs-eks-app-runner/", "ecs-vs-eks-deep-dive/")) {
      for (String scheme : List.of("light", "dark")) {
        for (Dimension size : List.of(new Dimension(1280, 800), new Dimension(375, 812))) {
          driver.manage().window().setSize(size);
          BrowserSupport.emulateColorScheme(driver, scheme);
          open(http(theme) + page);
          String name =
              String.format(
                  "%s-%s-%s-%s.png",
                  theme, page.isEmpty() ? "home" : page.replace("/", ""), size.width > 400 ? "desktop" : "phone", scheme);
          Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
          Path out = SCREENSHOTS.resolve(name);
          Files.copy(shot, out, StandardCopyOption.REPLACE_EXISTING);
          assertThat(Files.size(out)).isGreaterThan(5_000);
          if (Boolean.getBoolean("screenshots.update") && page.isEmpty() && size.width > 400) {
            Files.copy(out, README_IMAGES.resolve(theme + "-" + scheme + ".png"), StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
    }
    BrowserSupport.emulateColorScheme(driver, "light");
    driver.manage().window().setSize(new Dimension(1280, 800));
  }

  /** Waits until a page of {@code url} opened in another tab reads {@code mode} as the stored colour mode. */
  private void awaitStoredElsewhere(String url, String mode) {
    String here = driver.getWindowHandle();
    driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
    try {
      new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
        d.get(url);
        return mode.equals(js(driver, "return localStorage.getItem('versus-color-mode')"));
      });
    } finally {
      driver.close();
      driver.switchTo().window(here);
    }
  }
}
