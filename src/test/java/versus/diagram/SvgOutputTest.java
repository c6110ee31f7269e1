package versus.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The SVG as a page sees it: accessible, themable, scalable, deterministic and safe to put next to others. */
class SvgOutputTest {

  private static final String TEXT = """
      ╔═══════════════╗
      ║ a < b & "c"   ║──▶ 'quoted' & <done>
      ╚═══════════════╝
      """;
  private final DiagramRenderer renderer = new DiagramRenderer();

  @Test
  void isAnAccessibleImageNamedByTheCaller() {
    SvgDoc doc = SvgDoc.parse(renderer.render(TEXT, "Flow <1> & \"2\"", "fig-3").svg());
    assertThat(doc.root.getAttribute("role")).isEqualTo("img");
    assertThat(doc.root.getAttribute("aria-labelledby")).isEqualTo("fig-3-title fig-3-desc");
    Element title = doc.elements("title").get(0);
    assertThat(title.getAttribute("id")).isEqualTo("fig-3-title");
    assertThat(title.getTextContent()).isEqualTo("Flow <1> & \"2\"");
    Element desc = doc.elements("desc").get(0);
    assertThat(desc.getAttribute("id")).isEqualTo("fig-3-desc");
    assertThat(desc.getTextContent()).isEqualTo("Diagram with 1 box: a < b & \"c\"; 'quoted' & <done>.");
  }

  @Test
  void escapesLabelsAsRealText() {
    SvgDoc doc = SvgDoc.parse(renderer.render(TEXT, "t", "p").svg());
    assertThat(doc.texts()).containsExactly("a < b & \"c\"", "'quoted' & <done>");
  }

  @Test
  void scalesWithThePageAndFollowsItsColours() {
    String svg = renderer.render(TEXT, "t", "p").svg();
    SvgDoc doc = SvgDoc.parse(svg);
    assertThat(doc.root.getAttribute("viewBox")).isEqualTo("0 0 312 56");
    assertThat(doc.root.getAttribute("width")).isEqualTo("100%");
    assertThat(doc.root.getAttribute("style")).isEqualTo("max-width:312px;height:auto");
    assertThat(svg).contains("stroke=\"currentColor\"", "var(--versus-diagram-line,currentColor)",
        "class=\"vd-text\"", "monospace");
    assertThat(svg).doesNotContain("#000", "black", "<marker", "url(", "xlink");
  }

  @Test
  void idsCarryTheCallersPrefixSoDiagramsDoNotClash() {
    String one = renderer.render(TEXT, "t", "note-1").svg();
    String two = renderer.render(TEXT, "t", "note-2").svg();
    assertThat(SvgDoc.parse(one).root.getAttribute("aria-labelledby")).isEqualTo("note-1-title note-1-desc");
    assertThat(SvgDoc.parse(two).root.getAttribute("aria-labelledby")).isEqualTo("note-2-title note-2-desc");
    assertThat(one.split("id=\"", -1)).hasSize(3);
    assertThat(SvgDoc.parse(renderer.render(TEXT, "t", "3 bad id!").svg()).root.getAttribute("aria-labelledby"))
        .isEqualTo("d3-bad-id--title d3-bad-id--desc");
  }

  @Test
  void sameInputGivesSameBytesInAnyLocale() {
    String text = Gallery.read(Gallery.DIR.resolve("seed-000.txt"));
    String expected = renderer.render(text, "t", "p").svg();
    Locale saved = Locale.getDefault();
    try {
      for (Locale locale : new Locale[] {new Locale("tr"), Locale.GERMANY, new Locale("ar", "EG")}) {
        Locale.setDefault(locale);
        assertThat(new DiagramRenderer().render(text, "t", "p").svg()).isEqualTo(expected);
      }
    } finally {
      Locale.setDefault(saved);
    }
    // Polygon points are "x,y" pairs; no other number may hold a comma.
    assertThat(expected.replaceAll("points=\"[^\"]*\"", "")).doesNotContainPattern("\\d,\\d");
  }

  @Test
  void emptyAndBlankInputsGiveAnEmptyDrawing() {
    for (String text : new String[] {"", "\n\n", "   \n \t\n"}) {
      Diagram d = renderer.render(text, "t", "p");
      assertThat(d.rows()).isZero();
      assertThat(d.boxes()).isZero();
      assertThat(SvgDoc.parse(d.svg()).texts()).isEmpty();
    }
  }

  @Test
  void commonIndentationIsCropped() {
    Diagram indented = renderer.render("        ┌─┐\n        └─┘\n", "t", "p");
    assertThat(indented.columns()).isEqualTo(3);
    assertThat(indented.boxes()).isEqualTo(1);
  }

  @Test
  void issuesConvertToDiagnosticsAtTheBlocksPosition() {
    DiagramIssue issue = new DiagramIssue(2, 5, DiagramIssue.TAB, "tab");
    assertThat(issue.toDiagnostic(versus.diag.SourcePos.of("content/a.md", 10, 5)).toString())
        .isEqualTo("content/a.md:11:9: warning[tab]: tab");
  }
}
