package versus.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import versus.model.Page;
import versus.note.FrontMatter;

/** Sections are cut from the rendered body: what a reader sees, with headings as trails. */
class SectionExtractorTest {

  static Page page(String title, String body) {
    return new Page(
        "p", "content/p.md", title, "p-title", "", body, List.of(), 1, FrontMatter.NONE, java.util.Optional.empty(), false);
  }

  @Test
  void cutsAtHeadingsAndKeepsTheTrailOfEnclosingHeadings() {
    List<Section> s =
        SectionExtractor.sections(
            page(
                "T",
                "<p>Intro.</p>"
                    + "<div class=\"heading\"><h2 id=\"a\"><strong>A</strong></h2>"
                    + "<a class=\"heading-anchor\" href=\"#a\">#</a></div><p>Text of A.</p>"
                    + "<h3 id=\"b\">B</h3><p>Text of B.</p>"
                    + "<h2 id=\"c\">C</h2><h3 id=\"d\">D</h3><p>Text of D.</p>"));
    assertThat(s)
        .containsExactly(
            new Section("p-title", List.of(), "Intro."),
            new Section("a", List.of("A"), "Text of A."),
            new Section("b", List.of("A", "B"), "Text of B."),
            new Section("d", List.of("C", "D"), "Text of D."));
  }

  @Test
  void separatesTableCellsAndKeepsDiagramLabelsAndCode() {
    List<Section> s =
        SectionExtractor.sections(
            page(
                "T",
                "<h2 id=\"x\">X</h2><table><tr><th>Mode</th><th>Use</th></tr><tr><td>bridge</td><td>default</td></tr>"
                    + "</table><svg viewBox=\"0 0 10 10\"><rect/><text x=\"1\">Load Balancer</text>"
                    + "<text><tspan>Target</tspan><tspan> Group</tspan></text></svg>"
                    + "<pre><code>kubectl get pods</code></pre><p>a<strong>b</strong>c</p>"));
    assertThat(s).hasSize(1);
    assertThat(s.get(0).text()).isEqualTo("Mode Use bridge default Load Balancer Target Group kubectl get pods abc");
  }

  @Test
  void aPageWithoutTextStillHasOneSection() {
    assertThat(SectionExtractor.sections(page("Only a title", "")))
        .containsExactly(new Section("p-title", List.of(), ""));
    assertThat(SectionExtractor.sections(page("T", "<h2 id=\"h\">Heading only</h2>")))
        .containsExactly(new Section("h", List.of("Heading only"), ""));
  }
}
