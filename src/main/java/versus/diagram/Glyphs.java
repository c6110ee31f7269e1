package versus.diagram;

import java.util.Locale;

/**
 * What the Unicode drawing characters mean: for each box-drawing character (U+2500–U+257F) the directions its strokes
 * leave the cell in and their weight, and for arrows and triangles the direction they point.
 *
 * <p>The box-drawing table is derived at class load from the characters' Unicode names as the JDK knows them
 * ("BOX DRAWINGS DOWN LIGHT AND RIGHT HEAVY" means a light stroke down and a heavy one right), so no hand-typed table
 * can drift from the standard.
 */
final class Glyphs {

  static final int NONE = 0;
  static final int LIGHT = 1;
  static final int HEAVY = 2;
  static final int DOUBLE = 3;
  static final int DASHED = 4;
  static final int HEAVY_DASHED = 5;
  /** Number of stroke styles, for arrays indexed by style. */
  static final int STYLES = 6;

  private static final int FIRST = 0x2500;
  private static final int LAST = 0x257F;
  private static final byte[] STUBS = new byte[LAST - FIRST + 1];
  /** Low nibble: style of the horizontal strokes; high nibble: style of the vertical ones. */
  private static final byte[] STYLES_BY_AXIS = new byte[LAST - FIRST + 1];
  private static final boolean[] ROUNDED = new boolean[LAST - FIRST + 1];

  static {
    for (int cp = FIRST; cp <= LAST; cp++) {
      describe(cp, Character.getName(cp));
    }
  }

  private Glyphs() {}

  /** True for U+2500–U+257F, which are always drawn as lines, never kept as text. */
  static boolean isBoxDrawing(int cp) {
    return cp >= FIRST && cp <= LAST;
  }

  /** Directions the strokes of box-drawing character {@code cp} leave its cell in ({@link Dir} bits), 0 otherwise. */
  static int stubs(int cp) {
    return isBoxDrawing(cp) ? STUBS[cp - FIRST] & 0xFF : 0;
  }

  /** Style of the horizontal strokes of box-drawing character {@code cp}. */
  static int horizontalStyle(int cp) {
    return isBoxDrawing(cp) ? STYLES_BY_AXIS[cp - FIRST] & 0x0F : NONE;
  }

  /** Style of the vertical strokes of box-drawing character {@code cp}. */
  static int verticalStyle(int cp) {
    return isBoxDrawing(cp) ? (STYLES_BY_AXIS[cp - FIRST] >> 4) & 0x0F : NONE;
  }

  /** True for the arc corners ╭ ╮ ╯ ╰. */
  static boolean isRounded(int cp) {
    return isBoxDrawing(cp) && ROUNDED[cp - FIRST];
  }

  /**
   * The direction a triangle or arrow points ({@link Dir#N} for ▲ and ↑), or 0. Triangles are bare heads that need a
   * line behind them; the arrows ← ↑ → ↓ carry their own shaft (see {@link #hasShaft}).
   */
  static int arrowDirection(int cp) {
    switch (cp) {
      case 0x25B2: case 0x25B3: case 0x25B4: case 0x25B5: case 0x2191:
        return Dir.N;
      case 0x25BC: case 0x25BD: case 0x25BE: case 0x25BF: case 0x2193:
        return Dir.S;
      case 0x25B6: case 0x25B7: case 0x25B8: case 0x25B9: case 0x25BA: case 0x25BB: case 0x2192:
        return Dir.E;
      case 0x25C0: case 0x25C1: case 0x25C2: case 0x25C3: case 0x25C4: case 0x25C5: case 0x2190:
        return Dir.W;
      default:
        return 0;
    }
  }

  /** True for ← ↑ → ↓, which draw a shaft across their own cell as well as a head. */
  static boolean hasShaft(int cp) {
    return cp >= 0x2190 && cp <= 0x2193;
  }

  /** True for the characters the detector counts as drawing: box drawing, arrows and geometric shapes. */
  static boolean isDrawingBlock(int cp) {
    return (cp >= 0x2500 && cp <= 0x257F) || (cp >= 0x2190 && cp <= 0x21FF) || (cp >= 0x25A0 && cp <= 0x25FF);
  }

  /** Fills the tables for one character from its name, clause by clause ("UP HEAVY AND DOWN HORIZONTAL LIGHT"). */
  private static void describe(int cp, String name) {
    String s = name.toUpperCase(Locale.ROOT).replace("BOX DRAWINGS ", "");
    int i = cp - FIRST;
    boolean dashed = s.contains(" DASH ");
    s = s.replace("DOUBLE DASH ", "").replace("TRIPLE DASH ", "").replace("QUADRUPLE DASH ", "");
    if (s.contains("ARC")) {
      ROUNDED[i] = true;
    }
    if (s.contains("DIAGONAL")) {
      int stubs = s.contains("CROSS") ? Dir.NE | Dir.SE | Dir.SW | Dir.NW
          : s.contains("UPPER RIGHT") ? Dir.NE | Dir.SW : Dir.NW | Dir.SE;
      STUBS[i] = (byte) stubs;
      STYLES_BY_AXIS[i] = (byte) (LIGHT | LIGHT << 4);
      return;
    }
    int stubs = 0;
    int hStyle = NONE;
    int vStyle = NONE;
    int weight = LIGHT;
    for (String clause : s.split(" AND ")) {
      int clauseWeight = -1;
      int clauseDirs = 0;
      for (String word : clause.split(" ")) {
        switch (word) {
          case "LIGHT": case "SINGLE": clauseWeight = LIGHT; break;
          case "HEAVY": clauseWeight = HEAVY; break;
          case "DOUBLE": clauseWeight = DOUBLE; break;
          case "UP": clauseDirs |= Dir.N; break;
          case "DOWN": clauseDirs |= Dir.S; break;
          case "LEFT": clauseDirs |= Dir.W; break;
          case "RIGHT": clauseDirs |= Dir.E; break;
          case "VERTICAL": clauseDirs |= Dir.N | Dir.S; break;
          case "HORIZONTAL": clauseDirs |= Dir.E | Dir.W; break;
          default: break; // "ARC" and the like carry no direction
        }
      }
      if (clauseWeight >= 0) {
        weight = clauseWeight; // a clause without a weight keeps the one before it ("LIGHT DOWN AND RIGHT")
      }
      int style = dashed ? (weight == HEAVY ? HEAVY_DASHED : DASHED) : weight;
      stubs |= clauseDirs;
      if ((clauseDirs & (Dir.E | Dir.W)) != 0) {
        hStyle = Math.max(hStyle, style);
      }
      if ((clauseDirs & (Dir.N | Dir.S)) != 0) {
        vStyle = Math.max(vStyle, style);
      }
    }
    STUBS[i] = (byte) stubs;
    STYLES_BY_AXIS[i] = (byte) (hStyle | vStyle << 4);
  }
}
