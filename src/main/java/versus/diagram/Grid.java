package versus.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The diagram text laid out on a grid of monospace cells by display width: one cell per narrow character, two per wide
 * one (the second holds {@link #CONTINUATION}), tabs expanded, control characters blanked, and the common indentation
 * and surrounding blank lines cropped. Remembers the source lines so that a cell can be reported as line:column.
 */
final class Grid {

  /** Largest grid drawn, in cells (2048 × 2048); bigger inputs are refused rather than risk memory and time. */
  /**
   * Largest grid drawn, about 1,024 × 1,024 cells: a drawing far larger than any page can show, and the most a build
   * can afford within a gigabyte when several notes render at once.
   */
  static final int MAX_CELLS = 1 << 20;
  /** Marks the second cell of a two-cell character. */
  static final int CONTINUATION = -1;
  static final int BLANK = ' ';

  final int rows;
  final int cols;
  /** Base code point of each cell, row-major; {@link #BLANK} or {@link #CONTINUATION}. */
  final int[] cells;
  /** The whole text of cells whose character is more than one code point (emoji with selectors, flags, marks). */
  private final Map<Integer, String> clusters;
  private final List<String> lines;
  private final int firstLine;
  private final int indent;
  private final int tabWidth;

  private Grid(List<String> lines, int firstLine, int rows, int cols, int indent, int tabWidth) {
    this.lines = lines;
    this.firstLine = firstLine;
    this.rows = rows;
    this.cols = cols;
    this.indent = indent;
    this.tabWidth = tabWidth;
    this.cells = new int[rows * cols];
    this.clusters = new HashMap<>();
  }

  /**
   * Lays out {@code text}, reporting tabs and control characters to {@code issues}.
   *
   * @throws DiagramTooLargeException if the text, or the grid it needs, exceeds {@link #MAX_CELLS}
   */
  static Grid parse(String text, int tabWidth, Issues issues) {
    if (text.length() > 4L * MAX_CELLS) {
      throw new DiagramTooLargeException(String.format(Locale.ROOT,
          "diagram text has %d characters; the limit is %d cells", text.length(), MAX_CELLS));
    }
    List<String> all = splitLines(text);
    int first = 0;
    int last = all.size() - 1;
    while (first <= last && all.get(first).isBlank()) {
      first++;
    }
    while (last >= first && all.get(last).isBlank()) {
      last--;
    }
    List<String> lines = all.subList(first, last + 1);
    int maxWidth = 0;
    int minIndent = Integer.MAX_VALUE;
    long cellsSoFar = 0;
    for (String line : lines) {
      int[] measured = measure(line, tabWidth);
      maxWidth = Math.max(maxWidth, measured[0]);
      cellsSoFar = (long) maxWidth * lines.size();
      if (cellsSoFar > MAX_CELLS) {
        throw new DiagramTooLargeException(String.format(Locale.ROOT,
            "diagram needs at least %d rows × %d columns; the limit is %d cells", lines.size(), maxWidth, MAX_CELLS));
      }
      if (!line.isBlank()) {
        minIndent = Math.min(minIndent, measured[1]);
      }
    }
    int indent = minIndent == Integer.MAX_VALUE ? 0 : minIndent;
    Grid grid = new Grid(lines, first, lines.size(), Math.max(0, maxWidth - indent), indent, tabWidth);
    for (int r = 0; r < grid.rows; r++) {
      grid.fill(r, issues);
    }
    return grid;
  }

  /** Splits on {@code \n}, {@code \r\n} and {@code \r}. */
  private static List<String> splitLines(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        out.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    out.add(text.substring(start));
    return out;
  }

  /** {width in cells, leading blank cells} of one line. */
  private static int[] measure(String line, int tabWidth) {
    int col = 0;
    int lead = -1;
    for (int i = 0; i < line.length(); ) {
      int end = DisplayWidth.clusterEnd(line, i);
      int cp = line.codePointAt(i);
      if (cp == '\t') {
        col += tabWidth - col % tabWidth;
      } else if (cp == ' ' || isControl(cp)) {
        col++;
      } else {
        if (lead < 0) {
          lead = col;
        }
        col += Math.max(1, DisplayWidth.clusterWidth(line, i, end));
      }
      i = end;
    }
    return new int[] {col, lead < 0 ? col : lead};
  }

  private void fill(int row, Issues issues) {
    String line = lines.get(row);
    int col = -indent;
    int base = row * cols;
    boolean tabReported = false;
    int sourceCol = 1;
    for (int i = 0; i < line.length(); ) {
      int end = DisplayWidth.clusterEnd(line, i);
      int cp = line.codePointAt(i);
      int width;
      if (cp == '\t') {
        width = tabWidth - (col + indent) % tabWidth;
        if (!tabReported) {
          tabReported = true;
          issues.add(lineOf(row), sourceCol, DiagramIssue.TAB,
              "tab expanded to the next multiple of " + tabWidth + " columns; use spaces so the drawing lines up");
        }
        put(base, col, width, BLANK);
      } else if (isControl(cp)) {
        width = 1;
        issues.add(lineOf(row), sourceCol, DiagramIssue.CONTROL_CHARACTER,
            String.format(Locale.ROOT, "control character U+%04X replaced by a space", cp));
        put(base, col, 1, BLANK);
      } else {
        width = Math.max(1, DisplayWidth.clusterWidth(line, i, end));
        if (col >= 0 && col + width <= cols) {
          cells[base + col] = cp;
          if (width == 2) {
            cells[base + col + 1] = CONTINUATION;
          }
          if (end - i > Character.charCount(cp)) {
            clusters.put(base + col, line.substring(i, end));
          }
        }
      }
      col += width;
      sourceCol += line.codePointCount(i, end);
      i = end;
    }
    put(base, Math.max(col, 0), cols - Math.max(col, 0), BLANK);
  }

  private void put(int base, int col, int width, int value) {
    for (int c = Math.max(col, 0); c < Math.min(col + width, cols); c++) {
      cells[base + c] = value;
    }
  }

  /** True for characters that cannot appear in a drawing (C0, DEL, C1, lone surrogates, noncharacters). */
  static boolean isControl(int cp) {
    return (cp < 0x20 && cp != '\t') || (cp >= 0x7F && cp < 0xA0) || Character.isSurrogate((char) cp)
        || cp == 0xFFFE || cp == 0xFFFF;
  }

  /** Code point at (row, col), or {@link #BLANK} outside the grid. */
  int at(int row, int col) {
    if (row < 0 || row >= rows || col < 0 || col >= cols) {
      return BLANK;
    }
    return cells[row * cols + col];
  }

  /** The full text of the character whose first cell is {@code index}. */
  String text(int index) {
    String multi = clusters.get(index);
    return multi != null ? multi : Character.toString(cells[index]);
  }

  /** 1-based line in the diagram text of grid row {@code row}. */
  int lineOf(int row) {
    return firstLine + row + 1;
  }

  /** 1-based column, in code points of the source line, of the character covering grid cell (row, col). */
  int sourceColumn(int row, int col) {
    String line = lines.get(row);
    int target = col + indent;
    int cells = 0;
    int column = 1;
    for (int i = 0; i < line.length(); column++) {
      int end = DisplayWidth.clusterEnd(line, i);
      int cp = line.codePointAt(i);
      int width = cp == '\t' ? tabWidth - cells % tabWidth
          : isControl(cp) ? 1 : Math.max(1, DisplayWidth.clusterWidth(line, i, end));
      if (target < cells + width) {
        return column;
      }
      cells += width;
      column += line.codePointCount(i, end) - 1;
      i = end;
    }
    return column + (target - cells);
  }
}
