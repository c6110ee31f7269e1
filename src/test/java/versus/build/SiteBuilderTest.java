package versus.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import versus.testing.SiteLinkChecker;
import versus.testing.TestSite;

class SiteBuilderTest {

  @TempDir Path dir;

  @Test
  void siteHasPagesAtPrettyUrlsAndTheFilesPagesNeeds() {
    TestSite.Built b =
        TestSite.with("content/ECS Basics.md", "# ECS\n\nSee [EKS](guides/eks.md#scaling) and ![d](img/d.png).\n")
            .and("content/guides/eks.md", "# EKS\n\n## Scaling\n\nPods scale.\n")
            .andBytes("content/img/d.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
            .and("versus.yml", "title: Test\nbase_url: https://me.github.io/notes\n")
            .buildIn(dir);
    assertThat(b.paths())
        .contains(
            ".nojekyll", "404.html", "index.html", "robots.txt", "sitemap.xml", "ecs-basics/index.html",
            "guides/eks/index.html", "img/d.png");
    assertThat(b.file("ecs-basics/index.html"))
        .contains("href=\"../guides/eks/#scaling\"")
        .contains("src=\"../img/d.png\"")
        .contains("<link rel=\"canonical\" href=\"https://me.github.io/notes/ecs-basics/\">");
    assertThat(b.file("guides/eks/index.html")).contains("href=\"../../assets/style.");
    assertThat(b.file("sitemap.xml"))
        .contains("<loc>https://me.github.io/notes/</loc>")
        .contains("<loc>https://me.github.io/notes/guides/eks/</loc>");
    assertThat(b.file("robots.txt")).contains("Sitemap: https://me.github.io/notes/sitemap.xml");
    assertThat(b.file("404.html")).contains("href=\"/notes/assets/style.");
    assertThat(new SiteLinkChecker(b.result().files(), "/notes/").brokenLinks()).isEmpty();
  }

  @Test
  void theLinkCheckerFindsBrokenFilesAndFragments() {
    TestSite.Built b =
        TestSite.with("content/a.md", "# A\n\n[x](b.md) [y](#nope) <a href=\"../../up.html\">z</a>\n").buildIn(dir);
    assertThat(new SiteLinkChecker(b.result().files(), "/").brokenLinks())
        .containsExactlyInAnyOrder(
            "a/index.html: b.md (no such file a/b.md)",
            "a/index.html: #nope (no element with id 'nope' in a/index.html)",
            "a/index.html: ../../up.html (climbs out of the site)");
    assertThat(b.messages())
        .contains(
            "content/a.md:3:1: warning[broken-link]: 'b.md' points to content/b.md, which does not exist",
            "content/a.md:3:11: warning[broken-link]: '#nope' matches no heading in this page; its headings are #a");
  }

  @Test
  void diagramsBecomeInlineSvgFiguresWithTheirSourceAndTablesGetAnSvgFile() throws Exception {
    String diagram = "┌──────┐    ┌──────┐\n│ Repo │───▶│ ECS  │\n└──────┘    └─────┘\n";
    TestSite.Built b =
        TestSite.with(
                "content/a.md",
                "# A\n\n## Flow & <em>more</em>\n\n```diagram\n" + diagram + "```\n\n| Feature | ECS |\n|---|---|\n| Scale | Auto |\n")
            .buildIn(dir);
    String page = b.file("a/index.html");
    assertThat(page).contains("<figure class=\"diagram\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"versus-diagram\"");
    assertThat(page).contains("<title id=\"d1-title\">Flow &amp; more</title>");
    assertThat(page).contains("<summary>View source</summary><pre><code>┌──────┐");
    String svg = page.substring(page.indexOf("<svg"), page.indexOf("</svg>"));
    assertThat(svg).doesNotContain("<style").doesNotContain("style=").contains(">Repo</text>").contains(">ECS</text>");
    assertThat(svg.replaceAll("<title.*?</title>", "").replaceAll("<desc.*?</desc>", "")).doesNotContain("─").doesNotContain("│");
    assertThat(b.messages())
        .anyMatch(m -> m.startsWith("content/a.md:8:19:") && m.contains("info[diagram-ragged-border]"));
    String table = b.file("a/table-1.svg");
    assertThat(table).startsWith("<?xml").contains("<svg").contains(">Scale<");
    javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new java.io.ByteArrayInputStream(table.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(page).contains("<th scope=\"row\">Scale</th>").contains("href=\"table-1.svg\"");
    assertThat(new SiteLinkChecker(b.result().files(), "/").brokenLinks()).isEmpty();
  }

  @Test
  void aDiagramTooLargeToDrawIsShownAsTextWithAWarning() {
    // Few characters, but a 2,102 × 2,101 grid: more cells than the renderer draws.
    String huge = "+" + "-".repeat(2100) + "+\n" + "|\n".repeat(2100);
    TestSite.Built b = TestSite.with("content/a.md", "# A\n\n```diagram\n" + huge + "```\n").buildIn(dir);
    assertThat(b.result().failed()).isFalse();
    assertThat(b.file("a/index.html")).contains("<pre><code class=\"language-diagram\">+---");
    assertThat(b.messages()).anyMatch(m -> m.startsWith("content/a.md:4:1: warning[diagram-too-large]"));
  }

  @Test
  void homePageListsEveryNoteWithDescriptionAndReadingTime() {
    TestSite.Built b =
        TestSite.with("content/b.md", "---\ntitle: Second\norder: 2\n---\nSecond note describes the scaling story well.\n")
            .and("content/a.md", "---\ntitle: First\norder: 1\ndescription: The first one.\n---\nBody\n")
            .and("content/c.md", "---\ntitle: Draft\ndraft: true\n---\nHidden\n")
            .buildIn(dir);
    String home = b.file("index.html");
    assertThat(home.indexOf(">First<")).isLessThan(home.indexOf(">Second<"));
    assertThat(home).contains("The first one.").contains("Second note describes the scaling story well.")
        .contains("1 min read").doesNotContain("Draft");
    assertThat(b.paths()).doesNotContain("c/index.html");
    assertThat(b.file("a/index.html")).contains("rel=\"next\"").doesNotContain("rel=\"prev\"");
  }

  @Test
  void duplicateAndReservedSlugsAreErrors() {
    TestSite.Built b =
        TestSite.with("content/ECS.md", "# a\n").and("content/ecs.markdown", "# b\n").and("content/assets.md", "# c\n")
            .buildIn(dir);
    assertThat(b.result().failed()).isTrue();
    assertThat(b.result().files()).isEmpty();
    assertThat(b.messages())
        .contains(
            "content/assets.md: error[reserved-slug]: URL 'assets/' is used by Versus itself; rename the file or set "
                + "'slug:' in its front matter",
            "content/ecs.markdown: error[duplicate-slug]: has the same URL 'ecs/' as content/ECS.md; rename one or "
                + "set 'slug:' in its front matter");
  }

  @Test
  void emptyContentStillMakesAHomePage() {
    TestSite.Built b = TestSite.with("content/.keep", "").buildIn(dir);
    assertThat(b.result().failed()).isFalse();
    assertThat(b.paths()).contains("index.html");
    assertThat(b.messages()).anyMatch(m -> m.contains("no notes found"));
  }

  @Test
  void missingContentFolderIsAnError() {
    TestSite.Built b = TestSite.with("versus.yml", "title: x\n").buildIn(dir);
    assertThat(b.messages())
        .containsExactly("content/: error[no-content]: no content folder here; create content/ and put your Markdown notes in it");
  }

  @Test
  void configErrorsHavePositions() {
    TestSite.Built b = TestSite.with("content/a.md", "# A\n").and("versus.yml", "title: ok\ntheme: [x\n").buildIn(dir);
    assertThat(b.messages()).anyMatch(m -> m.startsWith("versus.yml:3:1: error[config]: not valid YAML"));
  }
}
