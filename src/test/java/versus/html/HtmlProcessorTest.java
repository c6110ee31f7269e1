package versus.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import versus.diag.Diagnostics;
import versus.markdown.MarkdownRenderer;
import versus.note.FrontMatter;
import versus.note.Note;

class HtmlProcessorTest {

  private final MarkdownRenderer markdown = new MarkdownRenderer(List.of());
  private final HtmlProcessor html = new HtmlProcessor();
  private final PageLinks links =
      new PageLinks("guide/ecs", "guide", Map.of("guide/eks.md", "guide/eks", "index.md", "index"), Set.of("img/a.png"));

  private String process(String markdownText) {
    return html.process(
        markdown.render(new Note("content/guide/ecs.md", "guide/ecs", FrontMatter.NONE, markdownText, 1), new Diagnostics()),
        links);
  }

  @Test
  void scriptsEventHandlersAndScriptUrlsAreRemoved() {
    String out =
        process(
            "<script>alert(1)</script>\n\n<img src=\"x.png\" onerror=\"alert(2)\">\n\n"
                + "[click](javascript:alert(3)) <a href=\"&#106;avascript:alert(4)\">x</a> "
                + "<a href=\"JaVaScRiPt:alert(5)\">y</a> <img src=\"data:image/svg+xml;base64,PHN2Zz4=\">\n\n"
                + "<svg onload=\"alert(6)\"><circle/></svg><iframe src=\"https://evil\"></iframe>"
                + "<style>body{background:url(javascript:alert(7))}</style><div style=\"x:expression(alert(8))\">d</div>\n");
    assertThat(out).doesNotContainIgnoringCase("script").doesNotContain("alert(").doesNotContain("onerror")
        .doesNotContain("onload").doesNotContain("<iframe").doesNotContain("<style").doesNotContain("style=")
        .doesNotContain("data:image").doesNotContain("<svg");
    assertThat(out).contains("click").contains(">d</div>");
  }

  @Test
  void notesWithoutRawHtmlTakeTheFastPathAndStillLoseScriptUrls() {
    String out =
        process(
            "[a](javascript:alert(1)) [b](JaVaScRiPt:alert(2)) [c](javascript&#58;alert(3)) <javascript:alert(4)>"
                + " [d](vbscript:x) ![e](data:image/svg+xml;base64,PHN2Zz4=) [ok](https://aws.amazon.com)\n\n"
                + "- [x] done\n\n```\"><script>alert(5)</script>\nx\n```\n");
    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(out);
    assertThat(doc.select("script")).isEmpty();
    assertThat(doc.select("[href], [src]").eachAttr("abs:href"))
        .allMatch(u -> u.isEmpty() || u.startsWith("https://"));
    assertThat(doc.select("[href]").eachAttr("href")).containsExactly("https://aws.amazon.com");
    assertThat(doc.select("[src]")).isEmpty();
    assertThat(out).doesNotContain("readonly").contains("disabled");
  }

  @Test
  void aCommentThatBreaksOutOfItselfCannotSmuggleAnElementPastTheFastPath() {
    // Found by XssIT: comments did not count as raw HTML, so this page skipped the full cleaner.
    String out = process("Text <!--<img src=\"--><img src=x onerror=alert(1)//\"> and **more**.\n");
    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(out);
    assertThat(doc.select("[onerror], img")).isEmpty(); // what is left of the payload is text, shown as written
    assertThat(out).doesNotContain("<!--");
    assertThat(doc.select("strong").text()).isEqualTo("more");
  }

  @Test
  void aStrayPercentSignInALinkOrImageIsKeptAsWritten() {
    // Found by PageFuzzTest: a '%' that starts no escape made the URL decoder throw, and the build with it.
    String out = process("[notes](eks%zz.md) [x](%) ![](img%la.png) ![](https://x/50%-off_banner.png)\n");
    assertThat(out).contains("href=\"eks%zz.md\"").contains("href=\"%\"");
    assertThat(out).contains("src=\"img%la.png\"").contains("alt=\"img la\"");
    assertThat(out).contains("alt=\"50 off banner\"");
  }

  @Test
  void gitbookFiguresKeepTheirImageGainAltAndLoseEmptyCaptions() {
    String out =
        process(
            "## Registry\n\n<figure><img src=\"https://cdn.example/o/spaces%2Fab%2Fimage.png?alt=media&#x26;t=1\" alt=\"\">"
                + "<figcaption></figcaption></figure>\n\n"
                + "<figure><img src=\"https://cdn.example/ecs-task-flow.png\"><figcaption>Task flow</figcaption></figure>\n");
    assertThat(out).doesNotContain("<figcaption></figcaption>");
    assertThat(out).contains("alt=\"Image in section: Registry\"");
    assertThat(out).contains("alt=\"Task flow\"");
    assertThat(out).contains("loading=\"lazy\" decoding=\"async\"").contains("class=\"remote remote-block\"");
    assertThat(out).contains("src=\"https://cdn.example/o/spaces%2Fab%2Fimage.png?alt=media&amp;t=1\"");
  }

  @Test
  void imageAltFallsBackToAMeaningfulFileName() {
    assertThat(process("![](../img/a.png)")).contains("src=\"../../img/a.png\"").contains("alt=\"Image\"");
    assertThat(process("![](https://x/ecs-task_flow.png)")).contains("alt=\"ecs task flow\"");
  }

  @Test
  void tablesScrollAndScopeTheirHeaders() {
    String out = process("| Feature | ECS |\n|:--|:-:|\n| Scaling | Auto |\n");
    assertThat(out)
        .contains("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Table 1: Feature, ECS\"><table>")
        .contains("<th class=\"align-left\" scope=\"col\">Feature</th>")
        .contains("<td class=\"align-center\">Auto</td>")
        .doesNotContain("align=");
  }

  @Test
  void noteLinksBecomeRelativePageUrls() {
    String out = process("[EKS](eks.md#scaling) [home](../index.md) [up](../../etc/passwd) [ext](https://aws.com) [top](#x)");
    assertThat(out).contains("href=\"../../guide/eks/#scaling\"");
    assertThat(out).contains("href=\"../../index/\"");
    assertThat(out).contains("href=\"../../etc/passwd\"");
    assertThat(out).contains("<a href=\"https://aws.com\" class=\"external\">");
    assertThat(out).contains("href=\"#x\"");
  }

  @Test
  void pageLinksRoots() {
    assertThat(PageLinks.rootOf("")).isEqualTo("");
    assertThat(PageLinks.rootOf("ecs")).isEqualTo("../");
    assertThat(PageLinks.rootOf("a/b")).isEqualTo("../../");
    assertThat(PageLinks.encodePath("my notes/ü#1.png")).isEqualTo("my%20notes/%C3%BC%231.png");
  }

  @Test
  void taskListCheckboxesAreDisabledAndOtherInputsGo() {
    String out = process("- [x] done\n\n<input type=\"text\" value=\"x\"><input type=\"checkbox\" onclick=\"a()\">");
    assertThat(out).contains("type=\"checkbox\"").contains("disabled").doesNotContain("type=\"text\"")
        .doesNotContain("onclick").doesNotContain("readonly");
  }
}
