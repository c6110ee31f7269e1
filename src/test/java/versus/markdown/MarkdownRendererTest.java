package versus.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import versus.diag.Diagnostics;
import versus.note.FrontMatter;
import versus.note.Note;

class MarkdownRendererTest {

  private final MarkdownRenderer renderer = new MarkdownRenderer(List.of());

  private RenderedNote render(String body) {
    return renderer.render(new Note("content/n.md", "n", FrontMatter.NONE, body, 1), new Diagnostics());
  }

  @Test
  void leadingH1BecomesTheTitleAndLeavesTheBody() {
    RenderedNote r = render("# ECS vs EKS\n\nECS is simpler than EKS for most small teams today.\n\n## Scaling\n");
    assertThat(r.title()).isEqualTo("ECS vs EKS");
    assertThat(r.titleId()).isEqualTo("ecs-vs-eks");
    assertThat(r.html()).doesNotContain("<h1");
    assertThat(r.headings()).extracting(Heading::id).containsExactly("scaling");
    assertThat(r.description()).isEqualTo("ECS is simpler than EKS for most small teams today.");
  }

  @Test
  void titleFallsBackToALaterH1ThenTheFileName() {
    RenderedNote later = render("### What is ECS?\n\nText here.\n\n# difference between **ECS** and **K8s**:\n");
    assertThat(later.title()).isEqualTo("difference between ECS and K8s");
    assertThat(later.titleId()).as("the heading keeps its id in the body").isEmpty();
    assertThat(later.html()).contains("<h2 id=\"difference-between-ecs-and-k8s\">");
    assertThat(render("Just words.\n").title()).isEqualTo("n");
  }

  @Test
  void headingIdsFollowGithubIncludingRepeatsAndEmoji() {
    RenderedNote r = render("## 🏁 Conclusion\n\n## Overview\n\n## Overview\n\n## **What is ECS?**\n");
    assertThat(r.headings())
        .extracting(Heading::id)
        .containsExactly("-conclusion", "overview", "overview-1", "what-is-ecs");
    assertThat(r.html()).contains("<h2 id=\"-conclusion\">🏁 Conclusion</h2>");
    assertThat(r.html()).contains("<a class=\"heading-anchor\" href=\"#overview-1\" aria-label=\"Link to section: Overview\">#</a>");
  }

  @Test
  void outlineStartsAtH2AndNeverSkipsALevel() {
    RenderedNote r =
        render("# Title\n\n### A\n\n##### A1\n\n### B\n\n# Part two\n\n#### C\n\n## D\n\n###### D1\n");
    assertThat(r.headings())
        .extracting(h -> h.text() + "=" + h.level())
        .containsExactly("A=2", "A1=3", "B=2", "Part two=2", "C=3", "D=3", "D1=4");
    assertThat(r.html()).contains("<h2 id=\"a\">A</h2>").contains("<h3 id=\"a1\">A1</h3>")
        .contains("<h4 id=\"d1\">D1</h4>");
  }

  @Test
  void hashWithoutSpaceIsAHeadingWithAWarning() {
    Diagnostics d = new Diagnostics();
    RenderedNote r =
        renderer.render(
            new Note("content/n.md", "n", FrontMatter.NONE, "#Amazon ECS & Amazon EKS   \n\nText\n\n#1 priority\n", 3),
            d);
    assertThat(r.title()).isEqualTo("Amazon ECS & Amazon EKS");
    assertThat(r.html()).contains("#1 priority");
    assertThat(d.sorted()).extracting(Object::toString)
        .containsExactly(
            "content/n.md:3:1: warning[heading-space]: '#' without a space is not a heading in Markdown; "
                + "rendered as one, but add a space after '#'");
  }

  @Test
  void hashInsideCodeFencesIsLeftAlone() {
    RenderedNote r = render("```c\n#include <stdio.h>\n#Define\n```\n");
    assertThat(r.html()).contains("#include &lt;stdio.h&gt;\n#Define");
    assertThat(r.headings()).isEmpty();
  }

  @Test
  void gfmTablesStrikethroughAutolinksAndTaskLists() {
    RenderedNote r =
        render("| A | B |\n|:--|--:|\n| 1 | 2 |\n\n~~old~~ see https://example.com\n\n- [x] done\n- [ ] todo\n");
    assertThat(r.html()).contains("<table>").contains("<th align=\"left\">A</th>");
    assertThat(r.html()).contains("<del>old</del>");
    assertThat(r.html()).contains("<a href=\"https://example.com\">https://example.com</a>");
    assertThat(r.html()).contains("task-list-item").contains("checked");
  }

  @Test
  void descriptionSkipsBadgesBoldLinesAndChatSignOffs() {
    RenderedNote r =
        render(
            "# T\n\n[![B](https://img/b.svg)](https://x)\n\n**Docker Image**\n\n"
                + "Let me know if you want a decision guide on when to use which one!\n\n"
                + "Fargate runs containers without servers for you to manage at all.\n");
    assertThat(r.description()).isEqualTo("Fargate runs containers without servers for you to manage at all.");
    String longText = "word ".repeat(60);
    assertThat(render(longText).description()).endsWith("…").hasSizeLessThanOrEqualTo(161);
  }

  @Test
  void codeBlockRenderersClaimBlocksAndLeaveAPlaceholder() {
    CodeBlockRenderer svg =
        (block, sink) ->
            block.language().equals("diagram")
                ? Optional.of("<svg data-title=\"" + block.title() + "\" data-line=\"" + block.pos().line() + "\"></svg>")
                : Optional.empty();
    MarkdownRenderer withDiagrams = new MarkdownRenderer(List.of(svg));
    RenderedNote r =
        withDiagrams.render(
            new Note("content/n.md", "n", FrontMatter.NONE, "## Arch\n\n```diagram\n+--+\n```\n\n```json\n{}\n```\n", 5),
            new Diagnostics());
    assertThat(r.html()).contains("<div data-versus-fragment=\"f1\"></div>");
    assertThat(r.html()).contains("<code class=\"language-json\">{}");
    assertThat(r.fragments()).containsOnlyKeys("f1");
    assertThat(r.fragments().get("f1")).isEqualTo("<svg data-title=\"Arch\" data-line=\"8\"></svg>");
  }

  @Test
  void tablesBecomeDataWithInlineStylesPositionAndSection() {
    RenderedNote r =
        render("# T\n\n## Compare\n\n| Feature | **ECS** |\n|---|:-:|\n| `Scaling` | [Auto](https://a) *fast* |\n");
    assertThat(r.tables()).hasSize(1);
    NoteTable t = r.tables().get(0);
    assertThat(t.index()).isEqualTo(1);
    assertThat(t.svgName()).isEqualTo("table-1.svg");
    assertThat(t.section()).isEqualTo("compare");
    assertThat(t.pos().line()).isEqualTo(5);
    assertThat(t.model().header()).extracting(versus.table.Cell::plainText).containsExactly("Feature", "ECS");
    assertThat(t.model().header().get(1).runs().get(0).bold()).isTrue();
    assertThat(t.model().aligns()).containsExactly(versus.table.Align.LEFT, versus.table.Align.CENTER);
    assertThat(t.model().rows()).hasSize(1);
    var cells = t.model().rows().get(0);
    assertThat(cells.get(0).runs().get(0).code()).isTrue();
    assertThat(cells.get(1).runs()).extracting(versus.table.Run::text, versus.table.Run::href, versus.table.Run::italic)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Auto", "https://a", false),
            org.assertj.core.groups.Tuple.tuple(" ", null, false),
            org.assertj.core.groups.Tuple.tuple("fast", null, true));
    assertThat(r.html()).contains("<a class=\"table-svg\" href=\"table-1.svg\" aria-label=\"Table 1 as an SVG image\">SVG</a>");
  }

  @Test
  void readingTimeCountsWords() {
    assertThat(render("word ".repeat(660)).readingMinutes()).isEqualTo(3);
    assertThat(render("one").readingMinutes()).isEqualTo(1);
  }

  @Test
  void deeplyNestedInputDoesNotOverflowTheStackWhileWalking() {
    List<com.vladsch.flexmark.util.ast.Node> nodes =
        MarkdownRenderer.descendants(
            com.vladsch.flexmark.parser.Parser.builder().build().parse("> ".repeat(2000) + "deep\n"));
    assertThat(nodes.size()).isGreaterThan(2000);
  }

  @Test
  void chatResidueIsRecognised() {
    assertThat(ChatResidue.isResidue("Does this explanation help clear things up?")).isTrue();
    assertThat(ChatResidue.isResidue("Let me know if you want a decision guide!")).isTrue();
    assertThat(ChatResidue.isResidue("🚀 Hope this helps!")).isTrue();
    assertThat(ChatResidue.isResidue("Let me explain how ECS schedules tasks.")).isFalse();
    assertThat(ChatResidue.isResidue("Fargate helps you run containers.")).isFalse();
  }

  /**
   * Found by PageFuzzTest: flexmark 0.64.8 matches a link label with a pattern that backtracks exponentially on runs of
   * backslashes after '[' (two runs of 18 took about 4 s, of 23 over 40 s). {@link BackslashRuns} defuses them; the
   * timeout is preemptive, so a regression fails here instead of stalling the suite.
   */
  @Test
  void longRunsOfBackslashesInALinkLabelRenderQuicklyAndAsWritten() {
    String body = "[x" + "\\".repeat(30) + "Ccedil" + "\\".repeat(31) + "d <a\n";
    String html =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            java.time.Duration.ofSeconds(5), () -> render(body).html());
    // 30 backslashes are 15 escaped ones; 31 are 15 and one that escapes the 'd' (which is no escape: it stays).
    assertThat(org.jsoup.Jsoup.parse(html).text()).isEqualTo("[x" + "\\".repeat(15) + "Ccedil" + "\\".repeat(16) + "d <a");
  }

  @Test
  void withoutSourceDropsOnlyWhatTheHtmlStageReads() {
    RenderedNote full =
        render("# ECS\n\nECS runs containers.\n\n## Scaling\n\n| | ECS |\n|---|---|\n| Cost | free |\n\n```text\nx\n```\n");
    RenderedNote kept = full.withoutSource();
    assertThat(kept.html()).isEmpty();
    assertThat(kept.fragments()).isEmpty();
    assertThat(kept.note().body()).isEmpty();
    assertThat(kept.note().sourcePath()).isEqualTo(full.note().sourcePath());
    assertThat(kept.note().bodyLine()).isEqualTo(full.note().bodyLine());
    assertThat(kept)
        .usingRecursiveComparison()
        .ignoringFields("html", "fragments", "note.body")
        .isEqualTo(full);
  }

  @Test
  void tableCellsInTheModelReadAsOnThePageWithoutBackslashEscapes() {
    RenderedNote r = render("| Feature | ECS |\n|---|---|\n| Ports | 80 \\| 443 |\n| Note | \\*not bold\\* and \\\"quoted\\\" |\n");
    var rows = r.tables().get(0).model().rows();
    assertThat(rows.get(0).get(1).plainText()).isEqualTo("80 | 443");
    assertThat(rows.get(1).get(1).plainText()).isEqualTo("*not bold* and \"quoted\"");
    assertThat(r.html()).contains("80 | 443");
  }
}
