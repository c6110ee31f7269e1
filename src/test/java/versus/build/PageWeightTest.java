package versus.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import versus.output.OutputFile;

/**
 * The performance budget of a note page: what a first visit loads before any interaction (HTML, stylesheets and
 * scripts it references; not images, not search, which loads on demand) is at most 40 KB gzip, and no script blocks
 * rendering (every external script is deferred; the only inline one is the tiny colour-mode bootstrap).
 */
class PageWeightTest {

  static final int BUDGET = 40 * 1024;

  @ParameterizedTest
  @ValueSource(strings = {"default", "paper"})
  void everyNotePageLoadsAtMost40KbGzipAndNoBlockingScript(String theme) {
    BuildResult result =
        new SiteBuilder().build(new BuildOptions(Path.of("").toAbsolutePath(), Optional.of(theme), Optional.empty(), false));
    Map<String, OutputFile> files = new TreeMap<>();
    result.files().forEach(f -> files.put(f.path(), f));
    List<String> report = new ArrayList<>();
    int pages = 0;
    for (OutputFile f : result.files()) {
      if (!f.path().endsWith("/index.html")) {
        continue;
      }
      pages++;
      Document doc = Jsoup.parse(f.text());
      int total = gzip(f.bytes());
      String dir = f.path().substring(0, f.path().lastIndexOf('/') + 1);
      for (Element el : doc.select("link[rel=stylesheet][href], script[src]")) {
        String url = el.hasAttr("src") ? el.attr("src") : el.attr("href");
        OutputFile asset = files.get(java.net.URI.create("/" + dir).resolve(url).getPath().substring(1));
        assertThat(asset).as("%s references %s", f.path(), url).isNotNull();
        total += gzip(asset.bytes());
        if (el.tagName().equals("script")) {
          assertThat(el.hasAttr("defer") || el.hasAttr("async")).as("%s blocks rendering", url).isTrue();
        }
      }
      for (Element inline : doc.select("script:not([src])")) {
        assertThat(inline.data().length()).as("inline script in %s", f.path()).isLessThan(1024);
      }
      report.add(String.format(Locale.ROOT, "%s %s: %.1f KB", theme, f.path(), total / 1024.0));
      assertThat(total).as("%s weighs %d bytes gzip", f.path(), total).isLessThanOrEqualTo(BUDGET);
    }
    assertThat(pages).isGreaterThanOrEqualTo(5);
    report.forEach(System.out::println);
  }

  static int gzip(byte[] bytes) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream z = new GZIPOutputStream(out)) {
        z.write(bytes);
      }
      return out.size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
