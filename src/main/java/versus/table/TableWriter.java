package versus.table;

import java.util.List;
import versus.table.CellLayout.Fragment;

/** Writes one laid-out table as SVG markup; used once per render by {@link TableSvgRenderer}. */
final class TableWriter {

  private static final String SANS = "system-ui, sans-serif";
  /** Baseline of a line of text below its top, for 14 px text on 20 px lines. */
  private static final double BASELINE_OFFSET = 14.5;

  private final TableModel table;
  private final String title;
  private final double[] widths;
  private final double[] heights;
  private final double width;
  private final double height;
  private final StringBuilder out = new StringBuilder(8192);

  TableWriter(TableModel table, String title, double[] widths, double[] heights, double width, double height) {
    this.table = table;
    this.title = title == null ? "" : title;
    this.widths = widths;
    this.heights = heights;
    this.width = width;
    this.height = height;
  }

  String write(List<List<List<List<Fragment>>>> rows, boolean hasHeader) {
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"versus-table\" role=\"img\""
        + " aria-labelledby=\"table-title table-desc\" width=\"");
    Xml.num(out, width).append("\" height=\"");
    Xml.num(out, height).append("\" viewBox=\"0 0 ");
    Xml.num(out, width).append(' ');
    Xml.num(out, height).append("\" data-columns=\"").append(widths.length).append("\" data-rows=\"")
        .append(table.rows().size()).append("\">\n");
    out.append("<title id=\"table-title\">");
    Xml.escape(out, title).append("</title>\n<desc id=\"table-desc\">");
    Xml.escape(out, describe()).append("</desc>\n");
    out.append("<style>").append(TableSvgRenderer.STYLE).append("</style>\n");
    rect("bg", 0.5, 0.5, width - 1, height - 1, " fill=\"#ffffff\" stroke=\"#d0d7de\"");
    double y = 0.5;
    for (int r = 0; r < rows.size(); r++) {
      int body = hasHeader ? r - 1 : r;
      if (hasHeader && r == 0) {
        rect("head", 0.5, y, width - 1, heights[r], " fill=\"#eef1f4\"");
      } else if (body % 2 == 1) {
        rect("zebra", 0.5, y, width - 1, heights[r], " fill=\"#f6f8fa\"");
      }
      y += heights[r];
    }
    writeGrid(rows.size());
    y = 0.5;
    for (int r = 0; r < rows.size(); r++) {
      double x = 0.5;
      for (int c = 0; c < widths.length; c++) {
        writeCell(rows.get(r).get(c), x, y, c, hasHeader && r == 0);
        x += widths[c] + 2 * TableSvgRenderer.PAD_X;
      }
      y += heights[r];
    }
    out.append("</svg>\n");
    return out.toString();
  }

  private String describe() {
    int cols = widths.length;
    StringBuilder d = new StringBuilder("Table with ").append(cols).append(cols == 1 ? " column and " : " columns and ")
        .append(table.rows().size()).append(table.rows().size() == 1 ? " row" : " rows");
    String sep = ": ";
    for (Cell cell : table.header()) {
      d.append(sep).append(cell.plainText());
      sep = ", ";
    }
    return d.append('.').toString();
  }

  private void rect(String cls, double x, double y, double w, double h, String fallback) {
    out.append("<rect class=\"").append(cls).append("\" x=\"");
    Xml.num(out, x).append("\" y=\"");
    Xml.num(out, y).append("\" width=\"");
    Xml.num(out, w).append("\" height=\"");
    Xml.num(out, h).append('"').append(fallback).append("/>\n");
  }

  /** Rules between rows and between columns, one path. */
  private void writeGrid(int rows) {
    StringBuilder d = new StringBuilder();
    double y = 0.5;
    for (int r = 0; r < rows - 1; r++) {
      y += heights[r];
      d.append('M');
      Xml.num(d, 0.5).append(' ');
      Xml.num(d, y).append('H');
      Xml.num(d, width - 0.5);
    }
    double x = 0.5;
    for (int c = 0; c < widths.length - 1; c++) {
      x += widths[c] + 2 * TableSvgRenderer.PAD_X;
      d.append('M');
      Xml.num(d, x).append(' ');
      Xml.num(d, 0.5).append('V');
      Xml.num(d, height - 0.5);
    }
    if (d.length() > 0) {
      out.append("<path class=\"grid\" fill=\"none\" stroke=\"#d0d7de\" d=\"").append(d).append("\"/>\n");
    }
  }

  private void writeCell(List<List<Fragment>> lines, double left, double top, int col, boolean header) {
    Align align = table.align(col);
    double x = switch (align) {
      case LEFT -> left + TableSvgRenderer.PAD_X;
      case CENTER -> left + TableSvgRenderer.PAD_X + widths[col] / 2;
      case RIGHT -> left + TableSvgRenderer.PAD_X + widths[col];
    };
    String anchor = switch (align) {
      case LEFT -> "start";
      case CENTER -> "middle";
      case RIGHT -> "end";
    };
    for (int k = 0; k < lines.size(); k++) {
      List<Fragment> line = lines.get(k);
      if (line.isEmpty()) {
        continue;
      }
      out.append("<text x=\"");
      Xml.num(out, x).append("\" y=\"");
      Xml.num(out, top + TableSvgRenderer.PAD_Y + k * TableSvgRenderer.LINE_HEIGHT + BASELINE_OFFSET)
          .append('"');
      if (align != Align.LEFT) {
        out.append(" text-anchor=\"").append(anchor).append('"');
      }
      out.append(header ? " class=\"th\"" : "").append(" fill=\"#1f2328\" font-family=\"").append(SANS)
          .append("\" font-size=\"14\">");
      for (Fragment f : line) {
        String cls = classes(f.run());
        if (cls.isEmpty()) {
          Xml.escape(out, f.text());
          continue;
        }
        out.append("<tspan class=\"").append(cls).append('"');
        if (f.run().isLink()) {
          out.append(" data-href=\"");
          Xml.escape(out, f.run().href()).append('"');
        }
        out.append('>');
        Xml.escape(out, f.text()).append("</tspan>");
      }
      out.append("</text>\n");
    }
  }

  private static String classes(Run run) {
    StringBuilder c = new StringBuilder();
    if (run.bold()) {
      c.append("b ");
    }
    if (run.italic()) {
      c.append("i ");
    }
    if (run.code()) {
      c.append("c ");
    }
    if (run.strike()) {
      c.append("s ");
    }
    if (run.isLink()) {
      c.append("a ");
    }
    return c.toString().strip();
  }
}
