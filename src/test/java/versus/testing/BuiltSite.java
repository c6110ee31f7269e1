package versus.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import versus.build.BuildOptions;
import versus.build.BuildResult;
import versus.build.SiteBuilder;
import versus.output.SiteWriter;

/** The repository's own site built with a given theme into a temporary folder, as a user would publish it. */
public record BuiltSite(String theme, Path dir, BuildResult result) {

  /** The base URL the browser tests publish under: a project site, as GitHub Pages serves one. */
  public static final String BASE_URL = "https://example.org/versus/";

  public static BuiltSite build(String theme) {
    Path project = Path.of("").toAbsolutePath();
    try {
      Path dir = Files.createTempDirectory("versus-site-" + theme).resolve("site");
      BuildResult result =
          new SiteBuilder().build(new BuildOptions(project, Optional.of(theme), Optional.of(BASE_URL), false));
      if (result.failed()) {
        throw new AssertionError("build failed: " + result.diagnostics());
      }
      new SiteWriter().write(dir, result.files(), project, false);
      return new BuiltSite(theme, dir, result);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every HTML page, as paths relative to the site root, sorted. */
  public List<String> pages() {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(".html"))
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The URL path of a page file: {@code ecs/index.html} becomes {@code ecs/}. */
  public static String urlOf(String page) {
    return page.equals("index.html") ? "" : page.endsWith("/index.html") ? page.substring(0, page.length() - 10) : page;
  }
}
