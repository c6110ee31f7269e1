package versus.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import versus.build.BuildOptions;
import versus.build.BuildResult;
import versus.build.SiteBuilder;
import versus.output.OutputFile;
import versus.output.SiteWriter;
import versus.testing.Browser;
import versus.testing.BuiltSite;
import versus.testing.StaticHttpServer;

/**
 * Every case of {@code hostile/xss-cases.tsv} placed in content, built, and then checked twice: statically (no script,
 * handler or script URL from content anywhere in the output) and in Chromium (no dialog, no call to a trapped alert,
 * no script error or policy violation in the console).
 */
class XssIT {

  @TempDir static Path dir;
  static List<XssCases.Case> cases;
  static BuildResult result;
  static Path site;

  @BeforeAll
  static void build() {
    cases = XssCases.all();
    XssCases.project(cases).writeTo(dir);
    result = new SiteBuilder().build(BuildOptions.of(dir));
    assertThat(result.failed()).as("build: %s", result.diagnostics()).isFalse();
    site = dir.resolve("site");
    new SiteWriter().write(site, result.files(), dir, false);
  }

  @Test
  void theCorpusIsLargeAndEveryPlaceIsUsed() {
    assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
    assertThat(cases.stream().map(XssCases.Case::place).distinct())
        .containsExactlyInAnyOrder("body", "heading", "title", "description", "tags", "table", "diagram", "filename");
    assertThat(result.notes()).isEqualTo(cases.size());
  }

  @Test
  void noOutputFileCarriesScriptFromContent() throws Exception {
    List<String> problems = new ArrayList<>();
    String headScript = null;
    for (OutputFile f : result.files()) {
      if (f.path().endsWith(".html")) {
        Document doc = Jsoup.parse(f.text());
        for (Element script : doc.select("script")) {
          String src = script.attr("src");
          boolean ours = src.matches("(\\.\\./)*assets/[a-z/]+\\.[0-9a-f]{8}\\.js") || src.startsWith("/assets/");
          if (!src.isEmpty() && !ours) {
            problems.add(f.path() + ": script from " + src);
          } else if (src.isEmpty()) {
            if (headScript == null) {
              headScript = script.data();
            }
            if (!script.data().equals(headScript) || !script.parent().tagName().equals("head")) {
              problems.add(f.path() + ": inline script " + script.outerHtml());
            }
          }
        }
        for (Element el : doc.getAllElements()) {
          for (Attribute a : el.attributes()) {
            String name = a.getKey().toLowerCase(Locale.ROOT);
            String value = a.getValue().replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase(Locale.ROOT);
            if (name.startsWith("on")) {
              problems.add(f.path() + ": handler " + el.tagName() + "[" + name + "]");
            }
            if (value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:text/html")
                || (name.equals("style") && (value.contains("expression(") || value.contains("url(")))) {
              problems.add(f.path() + ": script URL in " + el.tagName() + "[" + name + "]=" + a.getValue());
            }
          }
        }
        for (String forbidden : List.of("iframe", "object", "embed", "base", "form", "meta[http-equiv=refresh]",
            "body style", "body link", "input:not([type=checkbox])", "button:not(.mode-toggle)", "marquee", "audio",
            "video", "math")) {
          for (Element el : doc.select(forbidden)) {
            // The theme's own controls (search box, results page form, subject picker) are not content.
            if (el.closest("form.search-box, form.search-page-form, fieldset.compare-picker") == null) {
              problems.add(f.path() + ": element " + el.cssSelector());
            }
          }
        }
      } else if (f.path().endsWith(".svg")) {
        var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(new java.io.ByteArrayInputStream(f.bytes()));
        if (xml.getElementsByTagName("script").getLength() > 0 || f.text().matches("(?s).*\\son[a-z]+=.*")) {
          problems.add(f.path() + ": script in SVG");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void noPageRunsInjectedScriptInABrowser() throws Exception {
    ChromeDriver driver = Browser.start();
    List<String> problems = new ArrayList<>();
    try (StaticHttpServer server = new StaticHttpServer(site, "/")) {
      // Any script of the author's that runs calls one of these sooner or later.
      driver.executeCdpCommand(
          "Page.addScriptToEvaluateOnNewDocument",
          Map.of("source", "(function(){function trap(){window.__xss=(window.__xss||0)+1;}"
              + "window.alert=trap;window.confirm=trap;window.prompt=trap;window.print=trap;})();"));
      List<String> pages;
      try (var walk = Files.walk(site)) {
        pages = walk.filter(p -> p.toString().endsWith(".html")).map(p -> site.relativize(p).toString()).sorted().toList();
      }
      for (String page : pages) {
        driver.manage().logs().get(LogType.BROWSER);
        driver.get(server.url() + BuiltSite.urlOf(page).replace("\"", "%22").replace(" ", "%20"));
        new WebDriverWait(driver, Duration.ofSeconds(10))
            .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        Thread.sleep(50); // let onload/onerror handlers (if any had survived) fire
        try {
          driver.switchTo().alert();
          problems.add(page + ": a dialog opened");
          driver.switchTo().alert().dismiss();
        } catch (NoAlertPresentException expected) {
          // nothing opened
        }
        Object trapped = ((JavascriptExecutor) driver).executeScript("return window.__xss || 0");
        if (((Number) trapped).intValue() > 0) {
          problems.add(page + ": injected script ran");
        }
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
          String m = e.getMessage();
          boolean missingResource = m.contains("Failed to load resource");
          if (e.getLevel().intValue() >= Level.SEVERE.intValue() && !missingResource) {
            problems.add(page + ": console " + m);
          }
        }
      }
      assertThat(pages).hasSizeGreaterThan(cases.size());
    } finally {
      driver.quit();
    }
    assertThat(problems).isEmpty();
  }

  @AfterAll
  static void keepNothing() {}

  static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
