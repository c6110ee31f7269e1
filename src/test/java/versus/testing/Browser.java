package versus.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Debian Chromium driven through chromedriver, both given by path so Selenium never looks for or downloads a
 * browser. {@code CHROME_BIN} and {@code CHROMEDRIVER} override the paths.
 */
public final class Browser {

  public static final String CHROME = System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium");
  public static final String DRIVER = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");

  private Browser() {}

  /** A new headless browser with a fresh profile and a 1280×800 window. */
  public static ChromeDriver start() {
    if (!new File(CHROME).canExecute() || !new File(DRIVER).canExecute()) {
      throw new IllegalStateException(
          "browser tests need Debian's chromium and chromium-driver ("
              + CHROME
              + ", "
              + DRIVER
              + "); install them with apt-get, as .ci/run does");
    }
    Path profile;
    try {
      profile = Files.createTempDirectory("versus-chrome");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROME);
    options.addArguments(
        List.of(
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-default-apps",
            "--disable-extensions",
            "--no-first-run",
            "--no-default-browser-check",
            "--hide-scrollbars",
            "--force-device-scale-factor=1",
            "--window-size=1280,800",
            "--user-data-dir=" + profile));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    options.setExperimentalOption("prefs", Map.of("credentials_enable_service", false));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(DRIVER))
            .usingAnyFreePort()
            .withSilent(true)
            .build();
    return new ChromeDriver(service, options);
  }
}
