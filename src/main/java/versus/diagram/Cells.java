package versus.diagram;

/**
 * What each grid cell is: blank, text, part of a line (with the directions its strokes leave the cell in), or an
 * arrowhead. Unicode box drawing is read from {@link Glyphs}; ASCII art is read from context, because {@code - | / \ +
 * . ' v ^ < >} are also ordinary text: a {@code -} between two letters ("Built-in") stays text, a {@code /} in
 * "(GitHub / ECR / S3)" has no diagonal neighbour and stays text, and {@code v} under a vertical line is an arrowhead
 * but {@code v} inside a word is a letter. Every rule looks only at the immediate neighbours, so classification is
 * linear in the number of cells.
 */
final class Cells {

  static final byte BLANK = 0;
  static final byte TEXT = 1;
  static final byte LINE = 2;
  static final byte ARROW = 3;

  /** Flag: a rounded corner (╭ or ASCII {@code .} and {@code '}). */
  static final int ROUNDED = 1;
  /** Flag: an arrow that draws its own shaft (← ↑ → ↓). */
  static final int SHAFT = 2;

  final Grid grid;
  final int rows;
  final int cols;
  final byte[] kind;
  final byte[] stubs;
  /** Low nibble: style of horizontal strokes; high nibble: vertical strokes ({@link Glyphs} styles). */
  final byte[] style;
  final byte[] flags;
  /** For arrows, the {@link Dir} they point in. */
  final byte[] pointing;

  private Cells(Grid grid) {
    this.grid = grid;
    this.rows = grid.rows;
    this.cols = grid.cols;
    int n = rows * cols;
    kind = new byte[n];
    stubs = new byte[n];
    style = new byte[n];
    flags = new byte[n];
    pointing = new byte[n];
  }

  /** Classifies every cell of {@code grid}. */
  static Cells classify(Grid grid) {
    Cells cells = new Cells(grid);
    for (int r = 0; r < cells.rows; r++) {
      cells.classifyRow(r);
    }
    // Junctions and arrows take their strokes from neighbours classified above.
    for (int r = 0; r < cells.rows; r++) {
      for (int c = 0; c < cells.cols; c++) {
        cells.connectJunction(r, c);
      }
    }
    for (int r = 0; r < cells.rows; r++) {
      for (int c = 0; c < cells.cols; c++) {
        cells.connectArrowThrough(r, c);
      }
    }
    return cells;
  }

  int index(int r, int c) {
    return r * cols + c;
  }

  int stubsAt(int r, int c) {
    return r < 0 || r >= rows || c < 0 || c >= cols ? 0 : stubs[index(r, c)] & 0xFF;
  }

  byte kindAt(int r, int c) {
    return r < 0 || r >= rows || c < 0 || c >= cols ? BLANK : kind[index(r, c)];
  }

  /** Style of the stroke leaving cell {@code i} in direction {@code dir}. */
  int styleOf(int i, int dir) {
    if (Dir.isHorizontal(dir)) {
      return style[i] & 0x0F;
    }
    return Dir.isVertical(dir) ? (style[i] >> 4) & 0x0F : Glyphs.LIGHT;
  }

  private void classifyRow(int r) {
    // Runs of - and = first, so that arrowheads and junctions can look at what their neighbours became.
    for (int c = 0; c < cols; c++) {
      int cp = grid.at(r, c);
      if (cp == '-' || cp == '=') {
        c = classifyRun(r, c, cp) - 1;
      }
    }
    for (int c = 0; c < cols; c++) {
      int cp = grid.at(r, c);
      int i = index(r, c);
      if (cp == Grid.BLANK || cp == '-' || cp == '=') {
        continue;
      }
      kind[i] = TEXT;
      if (Glyphs.isBoxDrawing(cp)) {
        setLine(i, Glyphs.stubs(cp), Glyphs.horizontalStyle(cp), Glyphs.verticalStyle(cp));
        if (Glyphs.isRounded(cp)) {
          flags[i] = ROUNDED;
        }
      } else if (Glyphs.arrowDirection(cp) != 0) {
        setArrow(i, Glyphs.arrowDirection(cp), Glyphs.hasShaft(cp));
      } else if (cp >= 0 && cp < 0x80) {
        classifyAscii(r, c, cp, i);
      }
    }
  }

  /**
   * A run of {@code -} or {@code =}: a line when it touches a connector or stands free of words, but not the single
   * dash of an arrow written inside a sentence ({@code x -> y}), which stays text with its {@code >}.
   */
  private int classifyRun(int r, int start, int ch) {
    int end = start;
    while (end < cols && grid.at(r, end) == ch) {
      end++;
    }
    int left = grid.at(r, start - 1);
    int right = grid.at(r, end);
    boolean joinsLeft = "+.'<>|*".indexOf(left) >= 0 || (Glyphs.stubs(left) & Dir.E) != 0 || isArrowChar(left);
    boolean joinsRight = "+.'<>|*".indexOf(right) >= 0 || (Glyphs.stubs(right) & Dir.W) != 0 || isArrowChar(right);
    boolean free = end - start >= 2 && !isWordChar(left) && !isWordChar(right);
    boolean inlineArrow = end - start == 1
        && ((right == '>' && left == Grid.BLANK) || (left == '<' && right == Grid.BLANK));
    boolean line = (joinsLeft || joinsRight || free) && !inlineArrow;
    int st = ch == '=' ? Glyphs.DOUBLE : Glyphs.LIGHT;
    for (int c = start; c < end; c++) {
      int i = index(r, c);
      if (line) {
        setLine(i, Dir.E | Dir.W, st, Glyphs.NONE);
      } else {
        kind[i] = TEXT;
      }
    }
    return end;
  }

  private void classifyAscii(int r, int c, int cp, int i) {
    int up = grid.at(r - 1, c);
    int down = grid.at(r + 1, c);
    int left = grid.at(r, c - 1);
    int right = grid.at(r, c + 1);
    switch (cp) {
      case '|':
        if (joinsBelow(up) || joinsAbove(down) || isHorizontalChar(left) || isHorizontalChar(right)) {
          setLine(i, Dir.N | Dir.S, Glyphs.NONE, Glyphs.LIGHT);
        }
        break;
      case ':':
        if ((joinsBelow(up) || joinsAbove(down)) && !isWordChar(left) && !isWordChar(right)) {
          setLine(i, Dir.N | Dir.S, Glyphs.NONE, Glyphs.DASHED);
        }
        break;
      case '/':
        if (joinsDiagonal(grid.at(r - 1, c + 1), '/') || joinsDiagonal(grid.at(r + 1, c - 1), '/')) {
          setLine(i, Dir.NE | Dir.SW, Glyphs.LIGHT, Glyphs.LIGHT);
        }
        break;
      case '\\':
        if (joinsDiagonal(grid.at(r - 1, c - 1), '\\') || joinsDiagonal(grid.at(r + 1, c + 1), '\\')) {
          setLine(i, Dir.NW | Dir.SE, Glyphs.LIGHT, Glyphs.LIGHT);
        }
        break;
      case '.':
      case '\'':
        classifyRoundCorner(r, c, cp, i, left, right);
        break;
      case '<':
        if (grid.at(r - 1, c + 1) == '/' && grid.at(r + 1, c + 1) == '\\') {
          setLine(i, Dir.NE | Dir.SE, Glyphs.LIGHT, Glyphs.LIGHT);
        } else if (reachesHorizontally(r, c + 1, Dir.W)) {
          setArrow(i, Dir.W, false);
        }
        break;
      case '>':
        if (grid.at(r - 1, c - 1) == '\\' && grid.at(r + 1, c - 1) == '/') {
          setLine(i, Dir.NW | Dir.SW, Glyphs.LIGHT, Glyphs.LIGHT);
        } else if (reachesHorizontally(r, c - 1, Dir.E)) {
          setArrow(i, Dir.E, false);
        }
        break;
      case '^':
        if (isVerticalChar(down, Dir.N)) {
          setArrow(i, Dir.N, false);
        }
        break;
      case 'v':
      case 'V':
        if (isVerticalChar(up, Dir.S) && !isWordChar(left) && !isWordChar(right)) {
          setArrow(i, Dir.S, false);
        }
        break;
      default:
        break;
    }
  }

  /** ASCII {@code .} (top) and {@code '} (bottom) round a corner, or cap a diamond made of slashes. */
  private void classifyRoundCorner(int r, int c, int cp, int i, int left, int right) {
    boolean top = cp == '.';
    int vertical = grid.at(top ? r + 1 : r - 1, c);
    int horizontal = (isHorizontalChar(left) ? Dir.W : 0) | (isHorizontalChar(right) ? Dir.E : 0);
    boolean verticalJoins = top ? joinsAbove(vertical) && vertical != '\'' : joinsBelow(vertical) && vertical != '.';
    if (horizontal != 0 && verticalJoins) {
      setLine(i, horizontal | (top ? Dir.S : Dir.N), Glyphs.LIGHT, Glyphs.LIGHT);
      flags[i] = ROUNDED;
      return;
    }
    int dr = top ? 1 : -1;
    if (grid.at(r + dr, c - 1) == (top ? '/' : '\\') && grid.at(r + dr, c + 1) == (top ? '\\' : '/')) {
      setLine(i, top ? Dir.SW | Dir.SE : Dir.NW | Dir.NE, Glyphs.LIGHT, Glyphs.LIGHT);
    }
  }

  /** Gives an ASCII {@code +} strokes towards every neighbour that reaches back to it. */
  private void connectJunction(int r, int c) {
    if (grid.at(r, c) != '+') {
      return;
    }
    int mask = 0;
    int hStyle = Glyphs.NONE;
    int vStyle = Glyphs.NONE;
    for (int dir : Dir.ALL) {
      int nr = r + Dir.rowStep(dir);
      int nc = c + Dir.colStep(dir);
      byte k = kindAt(nr, nc);
      boolean reaches = (k == LINE || k == ARROW) && (stubsAt(nr, nc) & Dir.opposite(dir)) != 0;
      boolean plus = !Dir.isDiagonal(dir) && grid.at(nr, nc) == '+' && hasLineNeighbour(nr, nc);
      if (reaches || plus) {
        mask |= dir;
        int neighbourStyle = reaches ? styleOf(index(nr, nc), Dir.opposite(dir)) : Glyphs.LIGHT;
        if (Dir.isHorizontal(dir)) {
          hStyle = Math.max(hStyle, neighbourStyle);
        } else if (Dir.isVertical(dir)) {
          vStyle = Math.max(vStyle, neighbourStyle);
        }
      }
    }
    if (mask != 0) {
      setLine(index(r, c), mask, hStyle == Glyphs.NONE ? Glyphs.LIGHT : hStyle,
          vStyle == Glyphs.NONE ? Glyphs.LIGHT : vStyle);
    }
  }

  private boolean hasLineNeighbour(int r, int c) {
    for (int dir : Dir.ALL) {
      int nr = r + Dir.rowStep(dir);
      int nc = c + Dir.colStep(dir);
      byte k = kindAt(nr, nc);
      if ((k == LINE || k == ARROW) && grid.at(nr, nc) != '+'
          && (stubsAt(nr, nc) & Dir.opposite(dir)) != 0) {
        return true;
      }
    }
    return false;
  }

  /** An arrowhead sitting on a line that runs across it (▼ in the top edge of a box) carries that line through. */
  private void connectArrowThrough(int r, int c) {
    int i = index(r, c);
    if (kind[i] != ARROW) {
      return;
    }
    int across = Dir.perpendicular(pointing[i]);
    int first = Integer.lowestOneBit(across);
    int second = across & ~first;
    if (reachesBack(r, c, first) && reachesBack(r, c, second)) {
      stubs[i] = (byte) ((stubs[i] & 0xFF) | across);
      int st = Math.max(styleOf(index(r + Dir.rowStep(first), c + Dir.colStep(first)), Dir.opposite(first)),
          Glyphs.LIGHT);
      style[i] = (byte) (Dir.isVertical(first) ? (style[i] & 0x0F) | st << 4 : (style[i] & 0xF0) | st);
    }
  }

  private boolean reachesBack(int r, int c, int dir) {
    int nr = r + Dir.rowStep(dir);
    int nc = c + Dir.colStep(dir);
    return kindAt(nr, nc) == LINE && (stubsAt(nr, nc) & Dir.opposite(dir)) != 0;
  }

  private void setLine(int i, int mask, int hStyle, int vStyle) {
    kind[i] = LINE;
    stubs[i] = (byte) mask;
    style[i] = (byte) (hStyle | vStyle << 4);
  }

  private void setArrow(int i, int dir, boolean shaft) {
    kind[i] = ARROW;
    pointing[i] = (byte) dir;
    stubs[i] = (byte) Dir.opposite(dir);
    int st = Glyphs.LIGHT;
    style[i] = (byte) (st | st << 4);
    flags[i] = (byte) (shaft ? SHAFT : 0);
  }

  /** True if cell (r, c) is a line with a stroke towards {@code dir}, or an ASCII {@code +}. */
  private boolean reachesHorizontally(int r, int c, int dir) {
    int cp = grid.at(r, c);
    return cp == '+' || (Glyphs.stubs(cp) & dir) != 0 || (kindAt(r, c) == LINE && (stubsAt(r, c) & dir) != 0);
  }

  private static boolean isWordChar(int cp) {
    return cp > 0 && Character.isLetterOrDigit(cp);
  }

  private static boolean isArrowChar(int cp) {
    return Glyphs.arrowDirection(cp) != 0;
  }

  private static boolean isHorizontalChar(int cp) {
    return cp == '-' || cp == '=' || (Glyphs.stubs(cp) & (Dir.E | Dir.W)) != 0;
  }

  /** True if {@code cp}, directly above a vertical stroke, continues it downwards. */
  private static boolean joinsBelow(int cp) {
    return "|+.:^".indexOf(cp) >= 0 || (Glyphs.stubs(cp) & Dir.S) != 0 || isArrowChar(cp);
  }

  /** True if {@code cp}, directly below a vertical stroke, continues it upwards. */
  private static boolean joinsAbove(int cp) {
    return "|+':vV".indexOf(cp) >= 0 || (Glyphs.stubs(cp) & Dir.N) != 0 || isArrowChar(cp);
  }

  /** True if {@code cp} can carry a vertical stroke on towards {@code dir}. */
  private static boolean isVerticalChar(int cp, int dir) {
    return cp == '|' || cp == ':' || cp == '+' || (Glyphs.stubs(cp) & dir) != 0;
  }

  /** True if {@code cp}, diagonally next to a slash, continues its diagonal. */
  private static boolean joinsDiagonal(int cp, int slash) {
    return cp == slash || "+.'<>*".indexOf(cp) >= 0;
  }
}
