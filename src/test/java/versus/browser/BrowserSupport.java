package versus.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/** Things the browser tests do to pages: run axe, read the console, measure layout shift, set the colour scheme. */
final class BrowserSupport {

  private static final String AXE = readResource("axe.min.js");

  private BrowserSupport() {}

  /** axe-core's violations on the current page, one line each: rule, impact, and the failing nodes. */
  static List<String> axeViolations(ChromeDriver driver) {
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    ((JavascriptExecutor) driver).executeScript(AXE);
    Object result =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + "axe.run(document, {resultTypes: ['violations'], rules: {'target-size': {enabled: true}}}).then(function (r) {"
                    + "  done(r.violations.map(function (v) {"
                    + "    return v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.map(function (n) {"
                    + "      return n.target.join(' ') + ' [' + (n.failureSummary || '').replace(/\\s+/g, ' ') + ']';"
                    + "    }).join('; ');"
                    + "  }));"
                    + "}).catch(function (e) { done(['axe failed: ' + e]); });");
    List<String> out = new ArrayList<>();
    for (Object o : (List<?>) result) {
      out.add(String.valueOf(o));
    }
    return out;
  }

  /**
   * Console messages at error level since the last call, except failures to fetch remote resources: the notes embed
   * images from other sites, which a machine without internet access cannot load.
   */
  static List<String> consoleErrors(ChromeDriver driver) {
    List<String> errors = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() < Level.SEVERE.intValue()) {
        continue;
      }
      String m = e.getMessage();
      boolean remoteFetch =
          m.contains("Failed to load resource") && m.startsWith("http") && !m.startsWith("http://127.0.0.1");
      if (!remoteFetch) {
        errors.add(m);
      }
    }
    return errors;
  }

  /**
   * The page's layout shifts since it started loading (CLS without session windows), each as its score and what moved:
   * empty when nothing moved.
   */
  static List<String> layoutShifts(ChromeDriver driver) {
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    Object v =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1]; var out = [];"
                    + "function describe(n) { if (!n) return '?'; if (n.nodeType !== 1) n = n.parentElement;"
                    + "  return n ? n.tagName.toLowerCase() + (n.className ? '.' + String(n.className).split(' ').join('.') : '')"
                    + "    + ' \\'' + (n.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 30) + '\\'' : '?'; }"
                    + "function rect(r) { return Math.round(r.x) + ',' + Math.round(r.y) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height); }"
                    + "try { new PerformanceObserver(function (list) {"
                    + "  list.getEntries().forEach(function (e) { if (e.hadRecentInput) return;"
                    + "    out.push(e.value.toFixed(5) + ' at ' + Math.round(e.startTime) + ' ms: ' + (e.sources || []).map(function (s) {"
                    + "      return describe(s.node) + ' ' + rect(s.previousRect) + ' -> ' + rect(s.currentRect); }).join(', '));"
                    + "  });"
                    + "}).observe({type: 'layout-shift', buffered: true}); } catch (e) {}"
                    + "setTimeout(function () { done(out); }, 300);");
    List<String> out = new ArrayList<>();
    for (Object o : (List<?>) v) {
      out.add(String.valueOf(o));
    }
    return out;
  }

  /** Makes the page report {@code prefers-color-scheme: dark} (or light), as an OS setting would. */
  static void emulateColorScheme(ChromeDriver driver, String scheme) {
    driver.executeCdpCommand(
        "Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  static Object js(ChromeDriver driver, String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private static String readResource(String name) {
    try (InputStream in = BrowserSupport.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " not on the test class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
