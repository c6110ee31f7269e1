package versus.diagram;

import java.util.List;

/**
 * Writes the inline {@code <svg>}: accessible name and description, scoped theme styles, boxes as rectangles, lines as
 * one path per stroke style, arrowheads as small triangles (no markers, so no ids beyond the caller's prefix), and text
 * runs pinned to their cells with {@code textLength}. Colours come from CSS custom properties that fall back to
 * {@code currentColor}, so the drawing follows the page's light or dark text colour.
 */
final class SvgWriter {

  /** Scoped to {@code .versus-diagram}, because a style element inside inline SVG applies to the whole page. */
  static final String STYLE = ".versus-diagram .vd-shapes{stroke:var(--versus-diagram-line,currentColor)}"
      + ".versus-diagram .vd-box{fill:var(--versus-diagram-box,none)}"
      + ".versus-diagram .vd-arrows{fill:var(--versus-diagram-line,currentColor)}"
      + ".versus-diagram .vd-text{fill:var(--versus-diagram-text,currentColor);"
      + "font-family:var(--versus-mono,ui-monospace,SFMono-Regular,Menlo,Consolas,\"Liberation Mono\","
      + "\"DejaVu Sans Mono\",monospace)}";
  private static final String MONO = "ui-monospace, SFMono-Regular, Menlo, Consolas, 'DejaVu Sans Mono', monospace";
  private static final String[] STYLE_CLASS = {"", "vd-light", "vd-heavy", "vd-double", "vd-dashed", "vd-heavy-dashed"};
  private static final double DOUBLE_GAP = 1.5;
  /** Baseline of text within its cell row. */
  private static final double BASELINE = 12;
  private static final int DESC_LIMIT = 2000;

  private SvgWriter() {}

  /**
   * @param standalone embed the stylesheet and size the drawing with a style attribute, for an SVG that must stand on
   *     its own; otherwise (inline in a themed page whose Content-Security-Policy forbids inline styles) leave styling
   *     to the page's stylesheet and give plain width and height attributes, which also reserve the drawing's space
   *     before it is laid out
   */
  static String write(Grid grid, List<Box> boxes, Tracer tracer, List<TextRuns.Run> runs, String title,
      String idPrefix, boolean standalone) {
    String id = Svg.idPrefix(idPrefix);
    double w = Geometry.width(grid.cols);
    double h = Geometry.height(grid.rows);
    StringBuilder out = new StringBuilder(4096 + 96 * runs.size() + 64 * boxes.size());
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"versus-diagram\" role=\"img\" aria-labelledby=\"")
        .append(id).append("-title ").append(id).append("-desc\" viewBox=\"0 0 ");
    Svg.num(out, w).append(' ');
    if (standalone) {
      Svg.num(out, h).append("\" width=\"100%\" style=\"max-width:");
      Svg.num(out, w).append("px;height:auto\"");
    } else {
      Svg.num(out, h).append("\" width=\"");
      Svg.num(out, w).append("\" height=\"");
      Svg.num(out, h).append('"');
    }
    out.append(" data-columns=\"").append(grid.cols).append("\" data-rows=\"")
        .append(grid.rows).append("\" data-boxes=\"").append(boxes.size()).append("\">\n");
    out.append("<title id=\"").append(id).append("-title\">");
    Svg.escape(out, title == null ? "" : title).append("</title>\n");
    out.append("<desc id=\"").append(id).append("-desc\">");
    Svg.escape(out, describe(boxes.size(), runs)).append("</desc>\n");
    if (standalone) {
      out.append("<style>").append(STYLE).append("</style>\n");
    }
    out.append("<g class=\"vd-shapes\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\""
        + " stroke-linecap=\"round\" stroke-linejoin=\"round\">\n");
    for (Box box : boxes) {
      writeBox(out, box);
    }
    writePaths(out, tracer);
    out.append("</g>\n");
    if (!tracer.arrows.isEmpty()) {
      out.append("<g class=\"vd-arrows\" fill=\"currentColor\">\n");
      for (double[] arrow : tracer.arrows) {
        writeArrow(out, arrow);
      }
      out.append("</g>\n");
    }
    if (!runs.isEmpty()) {
      out.append("<g class=\"vd-text\" fill=\"currentColor\" font-family=\"").append(MONO)
          .append("\" font-size=\"13.33\">\n");
      for (TextRuns.Run run : runs) {
        out.append("<text x=\"");
        Svg.num(out, Geometry.left(run.start())).append("\" y=\"");
        Svg.num(out, Geometry.PAD + run.row() * Geometry.CELL_H + BASELINE).append("\" textLength=\"");
        Svg.num(out, run.cells() * Geometry.CELL_W).append("\" lengthAdjust=\"spacingAndGlyphs\">");
        Svg.escape(out, run.text()).append("</text>\n");
      }
      out.append("</g>\n");
    }
    out.append("</svg>\n");
    return out.toString();
  }

  /** A plain-text summary for screen readers: how many boxes, then the labels in reading order. */
  private static String describe(int boxes, List<TextRuns.Run> runs) {
    StringBuilder d = new StringBuilder("Diagram");
    if (boxes > 0) {
      d.append(" with ").append(boxes).append(boxes == 1 ? " box" : " boxes");
    }
    String sep = ": ";
    for (TextRuns.Run run : runs) {
      if (d.length() + run.text().length() > DESC_LIMIT) {
        d.append(" …");
        break;
      }
      d.append(sep).append(run.text());
      sep = "; ";
    }
    return d.append('.').toString();
  }

  private static void writeBox(StringBuilder out, Box box) {
    double x = Geometry.centerX(box.left());
    double y = Geometry.centerY(box.top());
    double w = (box.right() - box.left()) * Geometry.CELL_W;
    double h = (box.bottom() - box.top()) * Geometry.CELL_H;
    if (box.style() == Glyphs.DOUBLE) {
      rect(out, "vd-box vd-double", x - DOUBLE_GAP, y - DOUBLE_GAP, w + 2 * DOUBLE_GAP, h + 2 * DOUBLE_GAP,
          box.rounded(), " stroke-width=\"1\"");
      rect(out, "vd-box-inner", x + DOUBLE_GAP, y + DOUBLE_GAP, w - 2 * DOUBLE_GAP, h - 2 * DOUBLE_GAP,
          box.rounded(), " stroke-width=\"1\"");
      return;
    }
    rect(out, "vd-box " + STYLE_CLASS[box.style()], x, y, w, h, box.rounded(), strokeAttributes(box.style()));
  }

  private static void rect(StringBuilder out, String cls, double x, double y, double w, double h, boolean rounded,
      String extra) {
    out.append("<rect class=\"").append(cls).append("\" x=\"");
    Svg.num(out, x).append("\" y=\"");
    Svg.num(out, y).append("\" width=\"");
    Svg.num(out, Math.max(0, w)).append("\" height=\"");
    Svg.num(out, Math.max(0, h)).append('"');
    if (rounded) {
      out.append(" rx=\"");
      Svg.num(out, Geometry.RADIUS).append('"');
    }
    out.append(extra).append("/>\n");
  }

  private static String strokeAttributes(int style) {
    switch (style) {
      case Glyphs.HEAVY: return " stroke-width=\"2.5\"";
      case Glyphs.DASHED: return " stroke-dasharray=\"3 3\"";
      case Glyphs.HEAVY_DASHED: return " stroke-width=\"2.5\" stroke-dasharray=\"3 3\"";
      default: return "";
    }
  }

  private static void writePaths(StringBuilder out, Tracer tracer) {
    for (int style = 1; style < Glyphs.STYLES; style++) {
      StringBuilder d = tracer.paths[style];
      if (d.length() == 0) {
        continue;
      }
      out.append("<path class=\"vd-line ").append(STYLE_CLASS[style]).append("\" d=\"").append(d).append('"');
      out.append(style == Glyphs.DOUBLE ? " stroke-width=\"1\"" : strokeAttributes(style)).append("/>\n");
    }
  }

  private static void writeArrow(StringBuilder out, double[] arrow) {
    double tx = arrow[0];
    double ty = arrow[1];
    int dir = (int) arrow[2];
    double dx = Dir.colStep(dir);
    double dy = Dir.rowStep(dir);
    double length = arrow[3];
    double halfWidth = Geometry.ARROW_HALF_WIDTH * Math.min(1, length / Geometry.ARROW_LENGTH + 0.25);
    double bx = tx - dx * length;
    double by = ty - dy * length;
    double px = -dy * halfWidth;
    double py = dx * halfWidth;
    out.append("<polygon class=\"vd-arrow\" points=\"");
    Svg.num(out, tx).append(',');
    Svg.num(out, ty).append(' ');
    Svg.num(out, bx + px).append(',');
    Svg.num(out, by + py).append(' ');
    Svg.num(out, bx - px).append(',');
    Svg.num(out, by - py).append("\"/>\n");
  }
}
