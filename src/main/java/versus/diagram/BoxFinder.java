package versus.diagram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Finds closed boxes by topology rather than by exact columns: a top edge between two corners, a side bar below each
 * corner on every row within {@link #TOLERANCE} columns, and a bottom edge whose corners sit under the top ones, again
 * within the tolerance. Each box found is snapped to straight edges (the median of the columns its bars were written
 * at) and every bar it had to move is reported as {@link DiagramIssue#RAGGED_BORDER}. The strokes a box uses are
 * marked in {@link #used}; what is left of its edge cells (a ┬ leaving the bottom edge) becomes a port for the tracer.
 *
 * <p>Work is bounded: each corner tries at most {@link #MAX_TRIES} candidate corners, and the whole search stops after
 * a budget proportional to the grid size, so a hostile grid cannot make it quadratic.
 */
final class BoxFinder {

  /** How far, in columns, a side bar or bottom corner may sit from where the box's top edge says it should be. */
  static final int TOLERANCE = 2;
  private static final int MAX_TRIES = 4;

  private final Cells cells;
  private final Issues issues;
  /** Strokes of each cell taken by box edges. */
  final byte[] used;
  final List<Box> boxes = new ArrayList<>();
  private long budget;
  /** Set by {@link #close} when the corner had a top-right and a bottom-left candidate, so a failure is worth a word. */
  private boolean lookedLikeBox;

  private BoxFinder(Cells cells, Issues issues) {
    this.cells = cells;
    this.issues = issues;
    this.used = new byte[cells.kind.length];
    this.budget = 64L * cells.kind.length + 10_000;
  }

  /** Finds the boxes of {@code cells}, top to bottom and left to right. */
  static BoxFinder find(Cells cells, Issues issues) {
    BoxFinder finder = new BoxFinder(cells, issues);
    for (int r = 0; r < cells.rows && finder.budget > 0; r++) {
      for (int c = 0; c < cells.cols && finder.budget > 0; c++) {
        int s = cells.stubsAt(r, c);
        if (cells.kind[cells.index(r, c)] == Cells.LINE && has(s, Dir.E | Dir.S)) {
          Found found = finder.close(r, c);
          if (found != null) {
            finder.accept(found);
          } else if (finder.lookedLikeBox && (s & (Dir.N | Dir.W)) == 0
              && (finder.used[cells.index(r, c)] & (Dir.E | Dir.S)) == 0) {
            finder.issues.add(cells.grid.lineOf(r), cells.grid.sourceColumn(r, c), DiagramIssue.UNCLOSED_BOX,
                "box corner with no matching corners and sides; drawn as open lines");
          }
        }
      }
    }
    if (finder.budget <= 0) {
      finder.issues.add(1, 1, DiagramIssue.BOX_SEARCH_LIMIT,
          "box search stopped early on this drawing; boxes after that point are drawn as plain lines");
    }
    return finder;
  }

  private static boolean has(int stubs, int dirs) {
    return (stubs & dirs) == dirs;
  }

  /** The smallest box with its top-left corner at (r, c), or null. */
  private Found close(int r, int c) {
    int[] topRights = new int[MAX_TRIES];
    int nTop = 0;
    for (int x = c + 1; x < cells.cols && nTop < MAX_TRIES; x++) {
      budget--;
      int s = edgeStubs(r, x);
      if ((s & Dir.W) == 0) {
        break;
      }
      if ((s & Dir.S) != 0) {
        topRights[nTop++] = x;
      }
      if ((s & Dir.E) == 0) {
        break;
      }
    }
    lookedLikeBox = false;
    if (nTop == 0) {
      return null;
    }
    // Walk down the left side once; every row where it could turn into a bottom edge is a candidate bottom.
    int[] lefts = new int[Math.min(cells.rows - r, 64)];
    int[] bottoms = new int[MAX_TRIES];
    int nBottom = 0;
    int y = r + 1;
    for (; y < cells.rows && nBottom < MAX_TRIES; y++) {
      budget -= 2 * TOLERANCE + 1;
      int x = closest(y, c, Dir.N, Dir.S | Dir.E, 1);
      if (x < 0) {
        break;
      }
      if (y - r - 1 >= lefts.length) {
        lefts = Arrays.copyOf(lefts, lefts.length * 2);
      }
      lefts[y - r - 1] = x;
      int s = cells.stubsAt(y, x);
      if ((s & Dir.E) != 0) {
        bottoms[nBottom++] = y;
      }
      if ((s & Dir.S) == 0) {
        break;
      }
    }
    // Worth reporting only if both far corners are plain corners (┐ and └), not tees of a connector.
    lookedLikeBox = nBottom > 0 && cells.stubsAt(bottoms[nBottom - 1], lefts[bottoms[nBottom - 1] - r - 1])
        == (Dir.N | Dir.E) && cells.stubsAt(r, topRights[nTop - 1]) == (Dir.W | Dir.S);
    for (int t = 0; t < nTop; t++) {
      for (int b = 0; b < nBottom; b++) {
        Found found = tryClose(r, c, topRights[t], bottoms[b], lefts);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private Found tryClose(int top, int left, int topRight, int bottom, int[] lefts) {
    int inner = bottom - top - 1;
    int[] rights = new int[inner];
    for (int k = 0; k < inner; k++) {
      budget -= 2 * TOLERANCE + 1;
      int drift = lefts[k] - left;
      int x = closest(top + 1 + k, topRight + drift, Dir.N | Dir.S, 0, -1);
      if (x < 0 || x <= lefts[k]) {
        return null;
      }
      rights[k] = x;
    }
    int bottomLeft = lefts[inner];
    int expected = topRight + bottomLeft - left;
    int bottomRight = -1;
    for (int x = bottomLeft + 1; x < cells.cols && x <= expected + TOLERANCE; x++) {
      budget--;
      int s = edgeStubs(bottom, x);
      if ((s & Dir.W) == 0) {
        break;
      }
      if ((s & Dir.N) != 0 && x >= expected - TOLERANCE
          && (bottomRight < 0 || Math.abs(x - expected) < Math.abs(bottomRight - expected))) {
        bottomRight = x;
      }
      if ((s & Dir.E) == 0) {
        break;
      }
    }
    if (bottomRight < 0) {
      return null;
    }
    int[] leftCols = new int[inner + 2];
    int[] rightCols = new int[inner + 2];
    leftCols[0] = left;
    rightCols[0] = topRight;
    System.arraycopy(lefts, 0, leftCols, 1, inner + 1);
    System.arraycopy(rights, 0, rightCols, 1, inner);
    rightCols[inner + 1] = bottomRight;
    int snappedLeft = median(leftCols);
    int snappedRight = median(rightCols);
    if (snappedRight <= snappedLeft) {
      return null;
    }
    int topIndex = cells.index(top, left);
    int cp = cells.grid.cells[topIndex];
    boolean rounded = (cells.flags[topIndex] & Cells.ROUNDED) != 0;
    // The edges' own strokes decide the style (a dashed box often has plain corners, ┌┄┄┐); when the top and bottom
    // edges disagree, as under the === header rule of an ASCII table, the box is drawn light.
    int topStyle = edgeStyle(top, left + 1, topIndex);
    int bottomStyle = edgeStyle(bottom, bottomLeft + 1, cells.index(bottom, bottomLeft));
    int style = topStyle == bottomStyle ? topStyle : Glyphs.LIGHT;
    Box box = new Box(top, snappedLeft, bottom, snappedRight, style == Glyphs.NONE ? Glyphs.LIGHT : style,
        rounded && cp != '+', Arrays.copyOf(lefts, inner), rights);
    return new Found(box, left, topRight, bottomLeft, bottomRight);
  }

  private int edgeStyle(int row, int col, int corner) {
    int i = cells.index(row, col);
    return cells.kind[i] == Cells.LINE ? cells.styleOf(i, Dir.E) : cells.styleOf(corner, Dir.E);
  }

  /** A box and the columns its four corners were written at. */
  private record Found(Box box, int topLeft, int topRight, int bottomLeft, int bottomRight) {}

  /**
   * Stubs of a cell as part of a horizontal edge: an arrowhead pointing across the edge (▼ in a top edge) counts as
   * edge even where a neighbour is missing, since it sits where the edge should be.
   */
  private int edgeStubs(int r, int c) {
    int i = cells.index(r, c);
    int s = cells.stubs[i] & 0xFF;
    if (cells.kind[i] == Cells.ARROW && Dir.isVertical(cells.pointing[i])) {
      return s | Dir.E | Dir.W;
    }
    return cells.kind[i] == Cells.LINE ? s : 0;
  }

  /**
   * Column within {@link #TOLERANCE} of {@code expected} on row {@code r} whose cell has all of {@code need} and one
   * of {@code anyOf} (or just {@code need} when {@code anyOf} is 0). The nearest wins; on a tie, a bar no other box
   * has taken, then the one towards the box's inside ({@code inward} is +1 for a left side, -1 for a right side).
   */
  private int closest(int r, int expected, int need, int anyOf, int inward) {
    int best = -1;
    int bestScore = Integer.MAX_VALUE;
    for (int x = Math.max(0, expected - TOLERANCE); x <= Math.min(cells.cols - 1, expected + TOLERANCE); x++) {
      int i = cells.index(r, x);
      int s = cells.stubs[i] & 0xFF;
      if (cells.kind[i] != Cells.LINE || !has(s, need) || (anyOf != 0 && (s & anyOf) == 0)) {
        continue;
      }
      int score = Math.abs(x - expected) * 4 + ((used[i] & (Dir.N | Dir.S)) != 0 ? 2 : 0)
          + (Integer.signum(x - expected) == -inward ? 1 : 0);
      if (score < bestScore) {
        best = x;
        bestScore = score;
      }
    }
    return best;
  }

  private static int median(int[] values) {
    int[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /** Records a box: marks the strokes its edges use and reports every bar it moved. */
  private void accept(Found found) {
    Box box = found.box();
    boxes.add(box);
    int top = box.top();
    int bottom = box.bottom();
    markEdge(top, found.topLeft(), found.topRight(), Dir.S);
    markEdge(bottom, found.bottomLeft(), found.bottomRight(), Dir.N);
    reportIfMoved(top, found.topLeft(), box.left(), "left");
    reportIfMoved(top, found.topRight(), box.right(), "right");
    for (int k = 0; k < box.innerRows(); k++) {
      int row = top + 1 + k;
      mark(cells.index(row, box.writtenLeft()[k]), Dir.N | Dir.S);
      mark(cells.index(row, box.writtenRight()[k]), Dir.N | Dir.S);
      reportIfMoved(row, box.writtenLeft()[k], box.left(), "left");
      reportIfMoved(row, box.writtenRight()[k], box.right(), "right");
    }
    reportIfMoved(bottom, found.bottomLeft(), box.left(), "left");
    reportIfMoved(bottom, found.bottomRight(), box.right(), "right");
  }

  private void markEdge(int row, int from, int to, int inward) {
    mark(cells.index(row, from), Dir.E | inward);
    for (int x = from + 1; x < to; x++) {
      mark(cells.index(row, x), Dir.E | Dir.W);
    }
    mark(cells.index(row, to), Dir.W | inward);
  }

  private void mark(int i, int dirs) {
    used[i] = (byte) ((used[i] & 0xFF) | dirs);
  }

  private void reportIfMoved(int row, int written, int drawn, String side) {
    if (written == drawn) {
      return;
    }
    int off = Math.abs(written - drawn);
    issues.add(cells.grid.lineOf(row), cells.grid.sourceColumn(row, written), DiagramIssue.RAGGED_BORDER,
        String.format(Locale.ROOT, "%s border is %d column%s %s of the box edge; drawn straight", side, off,
            off == 1 ? "" : "s", written < drawn ? "left" : "right"));
  }
}
