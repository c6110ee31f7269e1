package versus.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Golden SVG files for the shared tables (rewrite with -Dgolden.update=true), plus structural checks. */
class TableSvgRendererTest {

  private static final Path DIR = Path.of("src", "test", "resources", "table");
  private static final String SVG_NS = "http://www.w3.org/2000/svg";
  private final TableSvgRenderer renderer = new TableSvgRenderer();

  static Stream<String> names() {
    return Tables.all().keySet().stream();
  }

  private String render(String name) {
    return renderer.render(Tables.all().get(name), "Table " + name);
  }

  @ParameterizedTest
  @MethodSource("names")
  void matchesGoldenSvg(String name) throws IOException {
    String svg = render(name);
    Path file = DIR.resolve(name + ".svg");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(file, svg, StandardCharsets.UTF_8);
    }
    assertThat(file).as("golden file; create with -Dgolden.update=true").exists();
    assertThat(svg).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @MethodSource("names")
  void isAStandaloneAccessibleSvg(String name) {
    String svg = render(name);
    assertThat(svg).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg ");
    Document doc = parse(svg);
    Element root = doc.getDocumentElement();
    assertThat(root.getAttribute("role")).isEqualTo("img");
    assertThat(root.getAttribute("aria-labelledby")).isEqualTo("table-title table-desc");
    assertThat(text(doc, "title")).containsExactly("Table " + name);
    assertThat(text(doc, "style").get(0)).contains("@media (prefers-color-scheme: dark)", "var(--vt-bg)");
    assertThat(svg).doesNotContain(" href=", "xlink", "url(", "@import", "<image", "<a ", "<script");
    TableModel table = Tables.all().get(name);
    assertThat(root.getAttribute("data-columns")).isEqualTo(String.valueOf(table.columns()));
    long zebras = elements(doc, "rect").stream().filter(e -> e.getAttribute("class").equals("zebra")).count();
    assertThat(zebras).isEqualTo(table.rows().size() / 2);
    long heads = elements(doc, "rect").stream().filter(e -> e.getAttribute("class").equals("head")).count();
    assertThat(heads).isEqualTo(table.header().isEmpty() ? 0 : 1);
  }

  @ParameterizedTest
  @MethodSource("names")
  void everyWordOfEveryCellIsText(String name) {
    TableModel table = Tables.all().get(name);
    String drawn = String.join(" ", text(parse(render(name)), "text"));
    List<Cell> cells = new ArrayList<>(table.header());
    table.rows().forEach(cells::addAll);
    for (Cell cell : cells) {
      for (String word : cell.plainText().split("\\s+")) {
        if (!word.isEmpty() && !name.equals("06-long-cells")) {
          assertThat(drawn).contains(word);
        }
      }
    }
  }

  @Test
  void inlineMarkdownBecomesStyledTspans() {
    Document doc = parse(render("02-inline-markdown"));
    // Styled words, joined across line breaks, keyed by their classes and link target.
    java.util.Map<String, String> spans = new java.util.LinkedHashMap<>();
    for (Element e : elements(doc, "tspan")) {
      String key = e.getAttribute("class") + (e.hasAttribute("data-href") ? "@" + e.getAttribute("data-href") : "");
      spans.merge(key, e.getTextContent().strip(), (a, b) -> a + " " + b);
    }
    assertThat(spans).containsEntry("b", "yes Bold").containsEntry("c", "versus.diagram code")
        .containsEntry("a@https://example.org/docs?a=1&b=2", "the docs").containsEntry("i", "standalone")
        .containsEntry("s", "PNG").containsEntry("b i c s a@https://example.org/x", "all at once");
    assertThat(text(doc, "text")).contains("<&>\"'", "BoldGluedcode");
  }

  @Test
  void emojiAndCjkStayWholeAndCountDouble() {
    assertThat(text(parse(render("03-emoji-and-cjk")), "text")).contains("☸️", "👩‍💻 🇪🇺", "容器编排服务");
    assertThat(TextMeasure.width("容器", false, false)).isEqualTo(2 * TextMeasure.width("🐳", false, false));
    assertThat(TextMeasure.width("容器", false, false)).isGreaterThan(3 * TextMeasure.width("a", false, false));
  }

  @Test
  void fiftyColumnsAreCappedAndTextFitsItsColumn() {
    TableModel table = Tables.all().get("04-fifty-two-columns");
    double[] widths = TableSvgRenderer.columnWidths(table, table.columns());
    assertThat(widths).hasSize(52);
    for (int c = 0; c < widths.length; c++) {
      assertThat(widths[c]).isBetween(TableSvgRenderer.MIN_COLUMN, TableSvgRenderer.MAX_COLUMN);
      for (List<Cell> row : table.rows()) {
        for (List<CellLayout.Fragment> line : CellLayout.lines(row.get(c), false, widths[c])) {
          StringBuilder s = new StringBuilder();
          line.forEach(f -> s.append(f.text()));
          assertThat(TextMeasure.width(s, false, false)).isLessThanOrEqualTo(widths[c] + 0.01);
        }
      }
    }
  }

  @Test
  void longCellsWrapAndAreCut() {
    TableModel table = Tables.all().get("06-long-cells");
    double[] widths = TableSvgRenderer.columnWidths(table, 2);
    assertThat(widths[1]).isEqualTo(TableSvgRenderer.MAX_COLUMN);
    List<List<CellLayout.Fragment>> url = CellLayout.lines(table.rows().get(0).get(1), false, widths[1]);
    assertThat(url.size()).isGreaterThan(1);
    List<List<CellLayout.Fragment>> essay = CellLayout.lines(table.rows().get(1).get(1), false, widths[1]);
    assertThat(essay).hasSize(CellLayout.MAX_LINES);
    assertThat(essay.get(essay.size() - 1).get(0).text()).endsWith(" …");
    assertThat(CellLayout.lines(table.rows().get(2).get(1), false, widths[1])).hasSize(3);
  }

  @Test
  void sameBytesInAnyLocale() {
    String expected = render("03-emoji-and-cjk");
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(new Locale("tr"));
      assertThat(render("03-emoji-and-cjk")).isEqualTo(expected);
      Locale.setDefault(Locale.GERMANY);
      assertThat(render("03-emoji-and-cjk")).isEqualTo(expected);
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void titleIsEscaped() {
    Document doc = parse(renderer.render(Tables.all().get("01-one-cell"), "A <b> & \"c\""));
    assertThat(text(doc, "title")).containsExactly("A <b> & \"c\"");
  }

  private static Document parse(String svg) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed: " + e.getMessage(), e);
    }
  }

  private static List<Element> elements(Document doc, String tag) {
    NodeList list = doc.getElementsByTagNameNS(SVG_NS, tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  private static List<String> text(Document doc, String tag) {
    return elements(doc, tag).stream().map(Element::getTextContent).toList();
  }
}
