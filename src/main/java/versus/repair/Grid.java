package versus.repair;

import java.util.Locale;

/**
 * The text as a grid of lines, for looking at what surrounds a lost byte: the characters left and right, and above
 * and below in both the code-point column and the display column (emoji are two cells wide, so a diagram drawn in an
 * editor lines up in one of the two).
 */
final class Grid {

  static final int UP = 0;
  static final int RIGHT = 1;
  static final int DOWN = 2;
  static final int LEFT = 3;

  /** The arms of everything but box drawing and arrowheads; shared, never written. */
  private static final int[] NO_ARMS = new int[4];

  private static final int[] ARMS_UP = {1, 0, 0, 0};
  private static final int[] ARMS_DOWN = {0, 0, 1, 0};
  private static final int[] ARMS_LEFT = {0, 0, 0, 1};
  private static final int[] ARMS_RIGHT = {0, 1, 0, 0};
  private static final int[][] ARMS = new int[0x80][];

  static {
    for (int cp = 0x2500; cp < 0x2580; cp++) {
      ARMS[cp - 0x2500] = parseArms(Character.getName(cp));
    }
  }

  private final int[][] lines;
  private final int[] lengths;

  Grid(int[][] lines, int[] lengths) {
    this.lines = lines;
    this.lengths = lengths;
  }

  int at(int line, int col) {
    return line >= 0 && line < lines.length && col >= 0 && col < lengths[line] ? lines[line][col] : ' ';
  }

  /** The characters above ({@code dy = -1}) or below ({@code dy = 1}) at the same code-point and display column. */
  int[] vertical(int line, int col, int dy) {
    int other = line + dy;
    int byCodePoint = at(other, col);
    int cells = 0;
    for (int i = 0; i < col && i < lengths[line]; i++) {
      cells += width(lines[line][i]);
    }
    int byCell = ' ';
    if (other >= 0 && other < lines.length) {
      int x = 0;
      for (int i = 0; i < lengths[other] && x <= cells; i++) {
        if (x == cells) {
          byCell = lines[other][i];
        }
        x += width(lines[other][i]);
      }
    }
    return new int[] {byCodePoint, byCell};
  }

  /** Lower-case ASCII words of one line, for matching emoji keywords. */
  String lineText(int line) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lengths[line]; i++) {
      sb.appendCodePoint(lines[line][i]);
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  /** Display width in terminal cells: 0 for marks and selectors, 2 for emoji and East Asian wide characters. */
  static int width(int cp) {
    if (cp >= 0 && cp < 0x300 && cp != 0xAD) {
      return 1; // no marks or format characters before the combining diacritics, but the soft hyphen
    }
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
      return 0;
    }
    if (cp >= 0xFE00 && cp <= 0xFE0F) {
      return 0;
    }
    boolean wide =
        (cp >= 0x1F300 && cp <= 0x1FAFF)
            || (cp >= 0x1100 && cp <= 0x115F)
            || (cp >= 0x2E80 && cp <= 0xA4CF)
            || (cp >= 0xAC00 && cp <= 0xD7A3)
            || (cp >= 0xF900 && cp <= 0xFAFF)
            || (cp >= 0xFF00 && cp <= 0xFF60)
            || (cp >= 0x20000 && cp <= 0x3FFFD);
    return wide ? 2 : 1;
  }

  /**
   * The arms of a box-drawing character as weights per direction (up, right, down, left): 0 none, 1 light, 2 heavy,
   * 3 double. Arrowheads count as one light arm toward what they point from. The array is shared: read it only.
   */
  static int[] arms(int cp) {
    if (cp >= 0x2500 && cp < 0x2580) {
      return ARMS[cp - 0x2500];
    }
    return switch (cp) {
      case 0x25BC, 0x25BD -> ARMS_UP;
      case 0x25B2, 0x25B3 -> ARMS_DOWN;
      case 0x25BA, 0x25B6 -> ARMS_LEFT;
      case 0x25C4, 0x25C0 -> ARMS_RIGHT;
      default -> NO_ARMS;
    };
  }

  static boolean hasArms(int cp) {
    int[] a = arms(cp);
    return a[0] + a[1] + a[2] + a[3] > 0;
  }

  /**
   * Reads the arms from the Unicode name, e.g. {@code BOX DRAWINGS DOWN LIGHT AND LEFT HEAVY}. The name is split at
   * AND; a group without a weight takes the weight of the group before it (or after it, for the first group).
   */
  static int[] parseArms(String name) {
    int[] arms = new int[4];
    if (name == null || name.contains("DIAGONAL")) {
      return arms;
    }
    String body =
        name.replace("BOX DRAWINGS ", "").replaceAll("(DOUBLE|TRIPLE|QUADRUPLE) DASH", "").replace("ARC ", "");
    String[] groups = body.split(" AND ");
    int[] weights = new int[groups.length];
    for (int g = 0; g < groups.length; g++) {
      for (String t : groups[g].trim().split(" ")) {
        int w = switch (t) {
          case "LIGHT", "SINGLE" -> 1;
          case "HEAVY" -> 2;
          case "DOUBLE" -> 3;
          default -> 0;
        };
        weights[g] = w > 0 ? w : weights[g];
      }
    }
    for (int g = 0; g < groups.length; g++) {
      int w = weights[g];
      for (int h = g - 1; w == 0 && h >= 0; h--) {
        w = weights[h];
      }
      for (int h = g + 1; w == 0 && h < groups.length; h++) {
        w = weights[h];
      }
      for (String t : groups[g].trim().split(" ")) {
        switch (t) {
          case "UP" -> arms[UP] = w;
          case "DOWN" -> arms[DOWN] = w;
          case "LEFT" -> arms[LEFT] = w;
          case "RIGHT" -> arms[RIGHT] = w;
          case "HORIZONTAL" -> arms[LEFT] = arms[RIGHT] = w;
          case "VERTICAL" -> arms[UP] = arms[DOWN] = w;
          default -> {}
        }
      }
    }
    return arms;
  }
}
