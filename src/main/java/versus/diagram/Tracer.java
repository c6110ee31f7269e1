package versus.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the line cells that are not box edges into continuous paths, one SVG path per stroke style, and places the
 * arrowheads. Cells connect where their strokes face each other; a vertical stroke that misses its partner by one
 * column is snapped to it ({@link DiagramIssue#CONNECTOR_SNAPPED}): a port or arrowhead on a box edge slides along the
 * edge, otherwise the line takes a small step. Paths run through junctions' centres, so ┬ ┴ ├ ┤ ┼ and {@code +} join
 * their branches without gaps. Each stroke is visited once: linear in the number of cells.
 */
final class Tracer {

  /** Half the distance between the two strokes of a double line. */
  static final double DOUBLE_GAP = 1.5;

  private final Cells cells;
  private final BoxFinder boxes;
  private final Issues issues;
  /** Strokes still to draw in each cell: its stubs less those box edges took. */
  private final byte[] active;
  /** Strokes already walked. */
  private final byte[] visited;
  /** Stubs joined to a partner one column aside, and the partner; keyed by cell * 8 + direction index. */
  private final Map<Long, Integer> snapped = new HashMap<>();
  /** Sideways shift, in columns, of a port or arrowhead moved to meet its connector. */
  private final Map<Integer, Integer> slide = new HashMap<>();
  /** Column a box side was drawn at, for ports and arrowheads written in a ragged side bar. */
  private final Map<Integer, Integer> sideColumn = new HashMap<>();
  /** Path data per stroke style. */
  final StringBuilder[] paths = new StringBuilder[Glyphs.STYLES];
  /** Arrowheads as triangles: tip x, tip y, direction bit; three values each. */
  final List<double[]> arrows = new ArrayList<>();

  private Tracer(Cells cells, BoxFinder boxes, Issues issues) {
    this.cells = cells;
    this.boxes = boxes;
    this.issues = issues;
    int n = cells.kind.length;
    active = new byte[n];
    visited = new byte[n];
    for (int i = 0; i < n; i++) {
      if (cells.kind[i] == Cells.LINE || cells.kind[i] == Cells.ARROW) {
        active[i] = (byte) (cells.stubs[i] & ~boxes.used[i]);
      }
    }
    for (int s = 0; s < paths.length; s++) {
      paths[s] = new StringBuilder();
    }
  }

  /** Traces everything that is not a box edge. */
  static Tracer trace(Cells cells, BoxFinder boxes, Issues issues) {
    Tracer t = new Tracer(cells, boxes, issues);
    t.recordSides();
    t.snapVerticals();
    t.dropDanglingArrowTails();
    t.walkAll();
    return t;
  }

  private void recordSides() {
    for (Box box : boxes.boxes) {
      for (int k = 0; k < box.innerRows(); k++) {
        int row = box.top() + 1 + k;
        sideColumn.put(cells.index(row, box.writtenLeft()[k]), box.left());
        sideColumn.put(cells.index(row, box.writtenRight()[k]), box.right());
      }
    }
  }

  private boolean has(int i, int dir) {
    return (active[i] & dir) != 0;
  }

  /** The cell across stroke {@code dir} of cell i, if it has the facing stroke; -1 otherwise. */
  private int direct(int i, int dir) {
    int r = i / cells.cols + Dir.rowStep(dir);
    int c = i % cells.cols + Dir.colStep(dir);
    if (r < 0 || r >= cells.rows || c < 0 || c >= cells.cols) {
      return -1;
    }
    int j = cells.index(r, c);
    return has(j, Dir.opposite(dir)) ? j : -1;
  }

  private int partner(int i, int dir) {
    int j = direct(i, dir);
    if (j >= 0) {
      return j;
    }
    Integer p = snapped.isEmpty() ? null : snapped.get((long) i * 8 + Dir.index(dir));
    return p == null ? -1 : p;
  }

  /** Joins vertical strokes that miss each other by one column (a ┬ at 67 over a │ at 66). */
  private void snapVerticals() {
    for (int i = 0; i < active.length - cells.cols; i++) {
      if (!has(i, Dir.S) || direct(i, Dir.S) >= 0) {
        continue;
      }
      for (int dx : new int[] {-1, 1}) {
        int c = i % cells.cols + dx;
        if (c < 0 || c >= cells.cols) {
          continue;
        }
        int j = i + cells.cols + dx;
        if (!has(j, Dir.N) || direct(j, Dir.N) >= 0 || snapped.containsKey((long) j * 8 + Dir.index(Dir.N))) {
          continue;
        }
        snapped.put((long) i * 8 + Dir.index(Dir.S), j);
        snapped.put((long) j * 8 + Dir.index(Dir.N), i);
        int moved = Integer.bitCount(active[i] & 0xFF) == 1 ? i : Integer.bitCount(active[j] & 0xFF) == 1 ? j : -1;
        if (moved == i) {
          slide.put(i, dx);
        } else if (moved == j) {
          slide.put(j, -dx);
        }
        int at = moved >= 0 ? moved : i;
        issues.add(cells.grid.lineOf(at / cells.cols), cells.grid.sourceColumn(at / cells.cols, at % cells.cols),
            DiagramIssue.CONNECTOR_SNAPPED, moved >= 0
                ? "connector is 1 column off the line it meets; moved onto it"
                : "vertical line steps 1 column sideways here; joined with a step");
        break;
      }
    }
  }

  /** A bare arrowhead (▼, {@code >}) with nothing behind it is reported and drawn without a stub of line. */
  private void dropDanglingArrowTails() {
    for (int i = 0; i < active.length; i++) {
      if (cells.kind[i] != Cells.ARROW) {
        continue;
      }
      int tail = Dir.opposite(cells.pointing[i]);
      boolean attached = partner(i, tail) >= 0 || (boxes.used[i] & tail) != 0;
      if (!attached && (cells.flags[i] & Cells.SHAFT) == 0) {
        active[i] = (byte) (active[i] & ~tail);
        int r = i / cells.cols;
        issues.add(cells.grid.lineOf(r), cells.grid.sourceColumn(r, i % cells.cols), DiagramIssue.DANGLING_ARROW,
            "arrowhead has no line behind it");
      }
      arrows.add(arrowHead(i));
    }
  }

  private void walkAll() {
    Polyline line = new Polyline();
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < active.length; i++) {
        int open = active[i] & ~visited[i] & 0xFF;
        if (open == 0 || (pass == 0 && !isBreak(i))) {
          continue;
        }
        for (int dir : Dir.ALL) {
          if ((open & dir) != 0 && (visited[i] & dir) == 0) {
            walk(i, dir, line);
          }
        }
      }
    }
  }

  /** A cell where a path must start or end: not exactly two strokes, an arrowhead, or a change of style. */
  private boolean isBreak(int i) {
    int a = active[i] & 0xFF;
    if (Integer.bitCount(a) != 2 || cells.kind[i] == Cells.ARROW) {
      return true;
    }
    int first = Integer.lowestOneBit(a);
    return cells.styleOf(i, first) != cells.styleOf(i, a & ~first);
  }

  /**
   * Follows strokes from cell {@code start} out through {@code dir} until an end, a junction or an arrowhead, writing
   * one polyline; where the style changes along the way (a light ┬ into a dashed ╎) a new polyline begins.
   */
  private void walk(int start, int dir, Polyline line) {
    line.clear();
    int i = start;
    int d = dir;
    int style = -1;
    while (true) {
      visited[i] |= (byte) d;
      int j = partner(i, d);
      int back = Dir.opposite(d);
      int edgeStyle = j < 0 ? cells.styleOf(i, d) : Math.max(cells.styleOf(i, d), cells.styleOf(j, back));
      if (edgeStyle != style) {
        flush(line, style);
        style = edgeStyle;
        addPoint(line, i, d);
      }
      if (j < 0) {
        addLooseEnd(line, i, d);
        break;
      }
      visited[j] |= (byte) back;
      if (direct(i, d) < 0 && !slide.containsKey(i) && !slide.containsKey(j)) {
        // Two free lines one column apart: step across at the row boundary.
        double boundary = (y(i) + y(j)) / 2;
        line.add(x(i), boundary, false);
        line.add(x(j), boundary, false);
      }
      addPoint(line, j, back);
      int next = active[j] & ~back & 0xFF;
      if (j == start || isBreak(j) || Integer.bitCount(next) != 1 || (visited[j] & next) != 0) {
        break;
      }
      i = j;
      d = next;
    }
    flush(line, style);
  }

  private void flush(Polyline line, int style) {
    if (style > Glyphs.NONE && line.size() > 1) {
      if (style == Glyphs.DOUBLE) {
        line.appendPath(paths[style], DOUBLE_GAP);
        line.appendPath(paths[style], -DOUBLE_GAP);
      } else {
        line.appendPath(paths[style], 0);
      }
    }
    line.clear();
  }

  private double x(int i) {
    Integer side = sideColumn.get(i);
    double col = side != null ? side : i % cells.cols + slide.getOrDefault(i, 0);
    return Geometry.centerX(col);
  }

  private double y(int i) {
    return Geometry.centerY(i / cells.cols);
  }

  /** The point where stroke {@code dir} of cell i meets the cell: its centre, or an arrowhead's base. */
  private void addPoint(Polyline line, int i, int dir) {
    if (cells.kind[i] == Cells.ARROW && dir == Dir.opposite(cells.pointing[i])) {
      double[] head = arrowHead(i);
      line.add(head[0] - Dir.colStep((int) head[2]) * head[3], head[1] - Dir.rowStep((int) head[2]) * head[3], false);
      return;
    }
    line.add(x(i), y(i), (cells.flags[i] & Cells.ROUNDED) != 0);
  }

  /** Where a stroke with no partner ends: on the axis of a line it touches, else at the cell's edge. */
  private void addLooseEnd(Polyline line, int i, int dir) {
    int r = i / cells.cols + Dir.rowStep(dir);
    int c = i % cells.cols + Dir.colStep(dir);
    double x = x(i) + Geometry.halfStepX(dir);
    double y = y(i) + Geometry.halfStepY(dir);
    if (cells.kindAt(r, c) == Cells.LINE) {
      Integer side = Dir.isHorizontal(dir) ? sideColumn.get(cells.index(r, c)) : null;
      x = side != null ? Geometry.centerX(side) : x + Geometry.halfStepX(dir);
      y += Geometry.halfStepY(dir);
    }
    line.add(x, y, false);
  }

  /** Tip x, tip y, direction and length of the arrowhead in cell i. */
  private double[] arrowHead(int i) {
    int dir = cells.pointing[i];
    double tx = x(i);
    double ty = y(i);
    boolean onEdge = boxes.used[i] != 0;
    if (!onEdge) {
      int r = i / cells.cols + Dir.rowStep(dir);
      int c = i % cells.cols + Dir.colStep(dir);
      byte k = cells.kindAt(r, c);
      double reach = k == Cells.LINE || k == Cells.ARROW ? 2 : 1;
      Integer side = k == Cells.LINE ? sideColumn.get(cells.index(r, c)) : null;
      tx = side != null && Dir.isHorizontal(dir) ? Geometry.centerX(side) : tx + reach * Geometry.halfStepX(dir);
      ty += reach * Geometry.halfStepY(dir);
    }
    // A lone ← or → spans one cell, as long as a full head: half of it is head, half shaft, so it reads as an arrow
    // and not as a triangle (↑ and ↓ have a cell twice as tall, room for both).
    int tail = Dir.opposite(dir);
    boolean lone = (cells.flags[i] & Cells.SHAFT) != 0 && Dir.isHorizontal(dir) && partner(i, tail) < 0
        && (boxes.used[i] & tail) == 0;
    return new double[] {tx, ty, dir, lone ? Geometry.CELL_W / 2 : Geometry.ARROW_LENGTH};
  }
}
