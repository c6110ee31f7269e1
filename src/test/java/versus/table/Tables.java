package versus.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tables the golden and structural tests share, built as the Markdown stage would build them. */
final class Tables {

  private Tables() {}

  static Run bold(String t) {
    return new Run(t, true, false, false, false, null);
  }

  static Run italic(String t) {
    return new Run(t, false, true, false, false, null);
  }

  static Run code(String t) {
    return new Run(t, false, false, true, false, null);
  }

  static Run strike(String t) {
    return new Run(t, false, false, false, true, null);
  }

  static Run link(String t, String href) {
    return new Run(t, false, false, false, false, href);
  }

  static List<Cell> row(String... cells) {
    List<Cell> out = new ArrayList<>();
    for (String c : cells) {
      out.add(Cell.of(c));
    }
    return out;
  }

  /** Name → table, in a fixed order. */
  static Map<String, TableModel> all() {
    Map<String, TableModel> t = new LinkedHashMap<>();
    t.put("01-one-cell", new TableModel(row("Only"), List.of(), List.of()));
    t.put("02-inline-markdown", new TableModel(row("Feature", "Versus", "Notes"), List.of(
        List.of(Cell.of("Diagrams"), Cell.of(bold("yes")), Cell.of(Run.plain("Box drawing via "),
            code("versus.diagram"), Run.plain(", see "), link("the docs", "https://example.org/docs?a=1&b=2"))),
        List.of(Cell.of("Tables"), Cell.of(italic("standalone")), Cell.of(strike("PNG"), Run.plain(" SVG only"))),
        List.of(Cell.of(bold("Bold"), Run.plain("Glued"), code("code")), Cell.of("<&>\"'"),
            Cell.of(new Run("all at once", true, true, true, true, "https://example.org/x")))),
        List.of(Align.LEFT, Align.CENTER, Align.LEFT)));
    t.put("03-emoji-and-cjk", new TableModel(row("Service", "Mascot", "说明"), List.of(
        row("ECS", "🐳", "容器编排服务"),
        row("EKS", "☸️", "Kubernetes 托管"),
        row("On-call", "👩‍💻 🇪🇺", "日本語のテキストとemojiが混ざる ✅")),
        List.of(Align.LEFT, Align.CENTER, Align.LEFT)));
    List<Cell> header = new ArrayList<>();
    List<List<Cell>> rows = new ArrayList<>();
    for (int r = 0; r < 3; r++) {
      rows.add(new ArrayList<>());
    }
    for (int c = 1; c <= 52; c++) {
      header.add(Cell.of("Col " + c));
      rows.get(0).add(Cell.of(String.valueOf(c * c)));
      rows.get(1).add(Cell.of(c % 7 == 0 ? "a somewhat longer value that must wrap" : "v" + c));
      rows.get(2).add(Cell.of(c % 5 == 0 ? "" : "x"));
    }
    t.put("04-fifty-two-columns", new TableModel(header, rows, List.of()));
    t.put("05-empty-and-ragged", new TableModel(row("A", "", "C"), List.of(
        row("", "", ""), row("only one"), row("1", "2", "3", "4 extra"), List.of()),
        List.of(Align.RIGHT)));
    t.put("06-long-cells", new TableModel(row("Key", "Value"), List.of(
        row("url", "https://example.org/a/very/long/path/without/any/spaces/that/cannot/wrap/at/all/index.html"),
        row("essay", "word ".repeat(400).strip()),
        row("lines", "first line\nsecond line\nthird line")),
        List.of()));
    t.put("07-no-header", new TableModel(List.of(), List.of(row("a", "b"), row("c", "d"), row("e", "f")),
        List.of(Align.LEFT, Align.RIGHT)));
    t.put("08-empty", new TableModel(List.of(), List.of(), List.of()));
    return t;
  }
}
