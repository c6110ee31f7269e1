package versus.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import versus.diag.Severity;
import versus.output.OutputFile;
import versus.output.SiteWriter;
import versus.testing.Golden;
import versus.testing.SiteLinkChecker;

/**
 * Tests on the site built from this repository's own content/, themes/ and versus.yml: the rendered note bodies
 * against golden files, links, determinism, and that the committed site/ is exactly a fresh build.
 */
class RepositorySiteTest {

  static final Path PROJECT = Path.of("").toAbsolutePath();
  static final Path GOLDEN = PROJECT.resolve("src/test/resources/golden/notes");
  static BuildResult result;

  @BeforeAll
  static void build() {
    result = new SiteBuilder().build(BuildOptions.of(PROJECT));
  }

  @Test
  void buildsWithoutErrors() {
    assertThat(result.diagnostics()).noneMatch(d -> d.severity() == Severity.ERROR);
    assertThat(result.notes()).as("five notes and the theme's diagram gallery").isEqualTo(6);
  }

  @Test
  void everyNoteBodyMatchesItsGoldenFile() throws IOException {
    List<Path> notes;
    try (Stream<Path> s = Files.list(PROJECT.resolve("content"))) {
      notes = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    assertThat(notes).hasSize(5);
    for (Path note : notes) {
      String slug = note.getFileName().toString().replaceFirst("\\.md$", "");
      String page = file(slug + "/index.html");
      Element body = Jsoup.parse(page).selectFirst("div.note-body");
      assertThat(body).as("note body of " + slug).isNotNull();
      Golden.assertMatches(GOLDEN.resolve(slug + ".html"), body.html() + "\n");
    }
  }

  /**
   * Every internal link and fragment of the site resolves, except links the author got wrong, and each of those the
   * build reported as a broken-link warning at its position in the note.
   */
  @Test
  void everyInternalLinkResolvesOrWasReportedAsBroken() {
    String base = new SiteConfigProbe().basePath();
    List<String> reported =
        result.diagnostics().stream()
            .filter(d -> d.rule().equals("broken-link"))
            .map(d -> d.pos().file() + " " + d.message())
            .toList();
    for (String broken : new SiteLinkChecker(result.files(), base).brokenLinks()) {
      String page = broken.substring(0, broken.indexOf(':'));
      String url = broken.substring(broken.indexOf(": ") + 2, broken.indexOf(" ("));
      String source = "content/" + page.replace("/index.html", ".md");
      assertThat(reported)
          .as("broken link %s must have been reported", broken)
          .anyMatch(r -> r.startsWith(source + " ") && r.contains("'" + url + "'"));
    }
    assertThat(reported).as("the seed's table of contents links to a #summary heading it lacks").hasSize(1);
  }

  @Test
  void twoBuildsAreByteIdentical() {
    BuildResult again = new SiteBuilder().build(BuildOptions.of(PROJECT));
    assertThat(again.files()).hasSameSizeAs(result.files());
    for (int i = 0; i < result.files().size(); i++) {
      OutputFile a = result.files().get(i);
      OutputFile b = again.files().get(i);
      assertThat(b.path()).isEqualTo(a.path());
      assertThat(Arrays.equals(a.bytes(), b.bytes())).as(a.path()).isTrue();
    }
  }

  /**
   * The committed site/ is exactly what a build of the committed sources makes. "Updated" dates are left out of the
   * comparison: they come from git history, and the commit that adds a note's change cannot contain its own date.
   */
  @Test
  void committedSiteEqualsAFreshBuild() throws IOException {
    Path site = PROJECT.resolve("site");
    assertThat(site.resolve(SiteWriter.MARKER)).as("site/ must be committed, made by versus build").exists();
    Map<String, byte[]> onDisk = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(site)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String rel = site.relativize(p).toString().replace('\\', '/');
        if (!rel.equals(SiteWriter.MARKER)) {
          onDisk.put(rel, Files.readAllBytes(p));
        }
      }
    }
    Map<String, byte[]> fresh = new TreeMap<>();
    for (OutputFile f : result.files()) {
      fresh.put(f.path(), f.bytes());
    }
    for (String path : union(onDisk, fresh)) {
      byte[] a = onDisk.get(path);
      byte[] b = fresh.get(path);
      if (a == null) {
        fail("site/ is stale: " + path + " is missing; run 'java -jar target/versus.jar build' and commit site/");
      }
      if (b == null) {
        fail("site/ is stale: " + path + " should not be there; rebuild and commit site/");
      }
      if (!Arrays.equals(withoutDates(a), withoutDates(b))) {
        fail(
            "site/ is stale: "
                + path
                + " differs from a fresh build; rebuild and commit site/\n"
                + Golden.firstDifference(new String(a, StandardCharsets.UTF_8), new String(b, StandardCharsets.UTF_8)));
      }
    }
  }

  private static byte[] withoutDates(byte[] page) {
    String text = new String(page, StandardCharsets.UTF_8);
    return text.replaceAll("<span class=\"last-updated\">.*?</span>", "").getBytes(StandardCharsets.UTF_8);
  }

  private static java.util.SortedSet<String> union(Map<String, byte[]> a, Map<String, byte[]> b) {
    java.util.TreeSet<String> all = new java.util.TreeSet<>(a.keySet());
    all.addAll(b.keySet());
    return all;
  }

  static String file(String path) {
    return result.files().stream()
        .filter(f -> f.path().equals(path))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + path))
        .text();
  }

  /** The base path of the repository's configuration, read the way the build reads it. */
  static final class SiteConfigProbe {
    String basePath() {
      return ConfigLoader.load(PROJECT, d -> {}).basePath();
    }
  }
}
