package versus.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/**
 * Every drawing in the gallery against its golden SVG (rewrite with {@code -Dgolden.update=true}) and against the
 * hand-written expectations in its {@code .expect} sidecar.
 */
class GalleryTest {

  private static final DiagramRenderer RENDERER = new DiagramRenderer();

  static Stream<String> drawings() {
    return Gallery.names().stream();
  }

  private static Diagram render(String name) {
    String text = Gallery.read(Gallery.DIR.resolve("gallery").resolve(name + ".txt"));
    return RENDERER.render(text, name, "g" + name.substring(0, 2));
  }

  @Test
  void galleryHasAtLeastTwentyDrawings() {
    assertThat(Gallery.names()).hasSizeGreaterThanOrEqualTo(20);
  }

  @ParameterizedTest
  @MethodSource("drawings")
  void matchesGoldenSvg(String name) {
    String svg = render(name).svg();
    assertThat(svg).isEqualTo(Gallery.golden(Gallery.DIR.resolve("gallery").resolve(name + ".svg"), svg));
  }

  @ParameterizedTest
  @MethodSource("drawings")
  void hasExpectedStructure(String name) {
    Gallery.Expect expect = Gallery.Expect.load(name);
    Diagram diagram = render(name);
    SvgDoc doc = SvgDoc.parse(diagram.svg());

    assertThat(diagram.boxes()).as("closed boxes").isEqualTo(expect.boxes());
    assertThat(doc.boxes()).as("box elements").isEqualTo(expect.boxes());
    assertThat(doc.root.getAttribute("data-boxes")).isEqualTo(String.valueOf(expect.boxes()));
    assertThat(doc.arrows()).as("arrowheads").isEqualTo(expect.arrows());
    assertThat(doc.texts()).as("labels, one <text> per run of words").containsAll(expect.labels());
    assertThat(new TreeSet<>(diagram.issues().stream().map(DiagramIssue::kind).toList()))
        .as("issue kinds").isEqualTo(new TreeSet<>(expect.issueKinds()));
    assertNoBoxDrawingText(doc);
    assertTextPinnedToCells(doc);
  }

  static void assertNoBoxDrawingText(SvgDoc doc) {
    for (String text : doc.texts()) {
      assertThat(text.codePoints().filter(Glyphs::isBoxDrawing).count()).as("box drawing left in %s", text)
          .isZero();
    }
  }

  static void assertTextPinnedToCells(SvgDoc doc) {
    List<Element> texts = doc.elements("text");
    for (Element e : texts) {
      assertThat(e.getAttribute("textLength")).isNotEmpty();
      assertThat(e.getAttribute("lengthAdjust")).isEqualTo("spacingAndGlyphs");
      assertThat(e.getTextContent()).doesNotStartWith(" ").doesNotEndWith(" ");
    }
  }
}
