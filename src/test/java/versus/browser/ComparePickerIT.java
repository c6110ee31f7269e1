package versus.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static versus.browser.BrowserSupport.js;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import versus.testing.Browser;
import versus.testing.BuiltSite;
import versus.testing.StaticHttpServer;

/**
 * The comparison's subject picker in a real browser (Debian Chromium), over http under a project path as GitHub Pages
 * serves it, and from disk: picking hides and shows columns, the address records the choice, and opening a shared
 * address restores it before the matrix is drawn.
 */
class ComparePickerIT {

  static ChromeDriver driver;
  static BuiltSite site;
  static StaticHttpServer server;

  @BeforeAll
  static void start() {
    site = BuiltSite.build("default");
    server = new StaticHttpServer(site.dir(), "/versus/");
    driver = Browser.start();
    driver.manage().window().setSize(new Dimension(1280, 800));
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

  @AfterEach
  void scriptsBackOn() {
    driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
  }

  static void open(String url) {
    driver.get(url);
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> "complete".equals(js(driver, "return document.readyState")));
  }

  /** The matrix's column headers a reader can see. */
  static List<String> visibleColumns() {
    return driver.findElements(By.cssSelector("table.matrix thead th")).stream()
        .filter(WebElement::isDisplayed).map(WebElement::getText).toList();
  }

  static List<String> checked() {
    return driver.findElements(By.cssSelector(".compare-picker input:checked")).stream()
        .map(e -> e.getAttribute("value")).toList();
  }

  static void toggle(String id) {
    driver.findElement(By.cssSelector("label[for='pick-" + id + "']")).click();
  }

  @Test
  void pickingSubjectsHidesAndShowsColumnsAndPutsTheChoiceInTheAddress() {
    open(server.url() + "compare/");
    assertThat(visibleColumns())
        .containsExactly("Feature", "ECS", "EKS", "Fargate", "App Runner", "ECR", "Kubernetes", "EC2");
    for (String id : List.of("fargate", "app-runner", "ecr", "kubernetes", "ec2")) {
      toggle(id);
    }
    assertThat(visibleColumns()).containsExactly("Feature", "ECS", "EKS");
    assertThat(driver.getCurrentUrl()).endsWith("/versus/compare/?s=ecs,eks");
    assertThat(driver.findElement(By.cssSelector("[data-picker-status]")).getText()).isEqualTo("Showing 2 of 7 subjects.");

    toggle("eks");
    assertThat(checked()).as("two subjects stay picked").containsExactly("ecs", "eks");
    assertThat(driver.findElement(By.cssSelector("[data-picker-status]")).getText()).isEqualTo("Show at least two subjects.");

    // Keyboard: Space on a focused checkbox picks it.
    driver.findElement(By.id("pick-kubernetes")).sendKeys(Keys.SPACE);
    assertThat(visibleColumns()).containsExactly("Feature", "ECS", "EKS", "Kubernetes");
    assertThat(driver.getCurrentUrl()).endsWith("/versus/compare/?s=ecs,eks,kubernetes");
    for (String id : List.of("fargate", "app-runner", "ecr", "ec2")) {
      toggle(id);
    }
    assertThat(driver.getCurrentUrl()).as("all picked: the plain address").endsWith("/versus/compare/");
  }

  @Test
  void aSharedAddressRestoresTheChoiceBeforeTheMatrixIsDrawn() {
    open(server.url() + "compare/?s=ecs,eks");
    assertThat(checked()).containsExactly("ecs", "eks");
    assertThat(visibleColumns()).containsExactly("Feature", "ECS", "EKS");
    assertThat(BrowserSupport.layoutShifts(driver)).isEmpty();
    assertThat(BrowserSupport.consoleErrors(driver)).isEmpty();

    open(server.url() + "compare/?s=eks,nothing");
    assertThat(visibleColumns()).as("fewer than two known subjects: all are shown").hasSize(8);

    // A subject page links to the matrix with that subject and the ones it is compared with.
    open(server.url() + "compare/kubernetes/");
    driver.findElement(By.linkText("Compare it in the matrix")).click();
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> driver.getCurrentUrl().contains("?s="));
    assertThat(visibleColumns()).containsExactly("Feature", "ECS", "Kubernetes");
  }

  @Test
  void fromDiskTheChoiceIsRestoredToo() {
    open(site.dir().toUri() + "compare/index.html?s=fargate,ecr");
    assertThat(visibleColumns()).containsExactly("Feature", "Fargate", "ECR");
    // Rows where neither Fargate nor ECR has a statement are hidden with the columns.
    List<WebElement> rows = driver.findElements(By.cssSelector("table.matrix tbody tr"));
    assertThat(rows).anyMatch(r -> !r.isDisplayed());
    assertThat(rows).filteredOn(WebElement::isDisplayed)
        .allMatch(r -> r.getAttribute("class").contains("has-fargate") || r.getAttribute("class").contains("has-ecr"));
    toggle("ecs");
    assertThat(visibleColumns()).containsExactly("Feature", "ECS", "Fargate", "ECR");
  }

  @Test
  void withoutJavaScriptEveryColumnIsShownAndThePickerStaysHidden() {
    driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    open(server.url() + "compare/?s=ecs,eks");
    assertThat(driver.findElement(By.cssSelector(".compare-picker")).isDisplayed()).isFalse();
    assertThat(visibleColumns()).hasSize(8);
  }

  @Test
  void aWideMatrixScrollsInsideItsBoxOnAPhone() {
    driver.manage().window().setSize(new Dimension(375, 812));
    try {
      open(server.url() + "compare/");
      long overflow =
          ((Number) js(driver, "return document.documentElement.scrollWidth - window.innerWidth")).longValue();
      assertThat(overflow).isLessThanOrEqualTo(0);
      Number inner = (Number) js(driver, "var s = document.querySelector('.matrix-scroll'); return s.scrollWidth - s.clientWidth");
      assertThat(inner.longValue()).isPositive();
    } finally {
      driver.manage().window().setSize(new Dimension(1280, 800));
    }
  }
}
