package versus.table;

import java.util.ArrayList;
import java.util.List;
import versus.table.CellLayout.Fragment;

/**
 * Renders a {@link TableModel} as a standalone SVG file: XML declaration, an embedded style sheet with colours as CSS
 * custom properties (and a dark palette under {@code prefers-color-scheme: dark}), a header row, zebra-striped body
 * rows, wrapped cell text with inline bold, italic, code, strikethrough and links as styled {@code <tspan>}s, and no
 * external references (link targets are kept as {@code data-href}, not followed).
 *
 * <p>Column widths come from the estimated text widths ({@link TextMeasure}), capped per column and shrunk towards
 * their longest word when the table would be wider than {@value #TARGET_WIDTH} px, so 1 to 50+ columns stay readable.
 * Immutable and thread-safe.
 */
public final class TableSvgRenderer {

  static final double LINE_HEIGHT = 20;
  static final double PAD_X = 10;
  static final double PAD_Y = 7;
  static final double MIN_COLUMN = 24;
  static final double MAX_COLUMN = 320;
  /** Above this total width, columns give up room down to their longest word (but at most {@link #WORD_FLOOR}). */
  static final double TARGET_WIDTH = 1200;
  static final double WORD_FLOOR = 160;
  static final double HEADER_FLOOR = 120;

  static final String STYLE = "svg{--vt-bg:#ffffff;--vt-fg:#1f2328;--vt-head:#eef1f4;--vt-zebra:#f6f8fa;"
      + "--vt-line:#d0d7de;--vt-link:#0969da;--vt-code:#953800}"
      + "@media (prefers-color-scheme: dark){svg{--vt-bg:#0d1117;--vt-fg:#e6edf3;--vt-head:#1c2128;"
      + "--vt-zebra:#161b22;--vt-line:#3d444d;--vt-link:#4493f8;--vt-code:#ffa657}}"
      + ".bg{fill:var(--vt-bg);stroke:var(--vt-line)}.head{fill:var(--vt-head)}.zebra{fill:var(--vt-zebra)}"
      + ".grid{stroke:var(--vt-line)}"
      // Emoji fonts come after sans-serif: listed first they can win digits and spaces, which they also contain.
      + "text{fill:var(--vt-fg);font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,\"Noto Sans\","
      + "\"Helvetica Neue\",Arial,sans-serif,\"Apple Color Emoji\",\"Segoe UI Emoji\",\"Noto Color Emoji\";"
      + "font-size:14px}"
      + ".th{font-weight:600}.b{font-weight:700}.i{font-style:italic}.s{text-decoration:line-through}"
      + ".c{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,\"DejaVu Sans Mono\",monospace;fill:var(--vt-code)}"
      + ".a{fill:var(--vt-link);text-decoration:underline}";

  /**
   * The table as an SVG document.
   *
   * @param table the table
   * @param title accessible name, such as the heading above the table
   */
  public String render(TableModel table, String title) {
    int cols = table.columns();
    boolean hasHeader = !table.header().isEmpty();
    double[] widths = columnWidths(table, cols);
    List<List<Cell>> rows = new ArrayList<>();
    if (hasHeader) {
      rows.add(table.header());
    }
    rows.addAll(table.rows());
    List<List<List<List<Fragment>>>> laid = new ArrayList<>();
    double[] heights = new double[rows.size()];
    for (int r = 0; r < rows.size(); r++) {
      List<List<List<Fragment>>> row = new ArrayList<>();
      int lines = 1;
      for (int c = 0; c < cols; c++) {
        Cell cell = c < rows.get(r).size() ? rows.get(r).get(c) : Cell.of("");
        List<List<Fragment>> cellLines = CellLayout.lines(cell, hasHeader && r == 0, widths[c]);
        lines = Math.max(lines, cellLines.size());
        row.add(cellLines);
      }
      laid.add(row);
      heights[r] = lines * LINE_HEIGHT + 2 * PAD_Y;
    }
    double width = 1;
    for (double w : widths) {
      width += w + 2 * PAD_X;
    }
    double height = 1;
    for (double h : heights) {
      height += h;
    }
    if (rows.isEmpty()) {
      height += LINE_HEIGHT;
    }
    return new TableWriter(table, title, widths, heights, width, height).write(laid, hasHeader);
  }

  /** Content width of each column in pixels. */
  static double[] columnWidths(TableModel table, int cols) {
    double[] widths = new double[cols];
    double[] floors = new double[cols];
    for (int c = 0; c < cols; c++) {
      double natural = 0;
      double word = 0;
      List<Cell> column = new ArrayList<>();
      if (c < table.header().size()) {
        // A short header ("Col 12") is kept on one line even when the column gives up room.
        natural = CellLayout.naturalWidth(table.header().get(c), true);
        word = Math.max(CellLayout.longestUnit(table.header().get(c), true), Math.min(natural, HEADER_FLOOR));
      }
      for (List<Cell> row : table.rows()) {
        if (c < row.size()) {
          column.add(row.get(c));
        }
      }
      for (Cell cell : column) {
        natural = Math.max(natural, CellLayout.naturalWidth(cell, false));
        word = Math.max(word, CellLayout.longestUnit(cell, false));
      }
      widths[c] = Math.ceil(Math.max(MIN_COLUMN, Math.min(MAX_COLUMN, natural)));
      floors[c] = Math.min(widths[c], Math.ceil(Math.max(MIN_COLUMN, Math.min(WORD_FLOOR, word))));
    }
    double total = 0;
    double floorTotal = 0;
    for (int c = 0; c < cols; c++) {
      total += widths[c] + 2 * PAD_X;
      floorTotal += floors[c] + 2 * PAD_X;
    }
    double excess = total - Math.max(TARGET_WIDTH, floorTotal);
    double slack = total - floorTotal;
    if (excess > 0 && slack > 0) {
      for (int c = 0; c < cols; c++) {
        widths[c] = Math.ceil(widths[c] - excess * (widths[c] - floors[c]) / slack);
      }
    }
    return widths;
  }
}
