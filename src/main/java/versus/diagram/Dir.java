package versus.diagram;

/**
 * The eight directions a line can leave a cell in, as bits of a mask (a cell's "stubs"), with row and column steps.
 * Bit order N, E, S, W, NE, SE, SW, NW; {@code index} is the bit's position.
 */
final class Dir {

  static final int N = 1;
  static final int E = 2;
  static final int S = 4;
  static final int W = 8;
  static final int NE = 16;
  static final int SE = 32;
  static final int SW = 64;
  static final int NW = 128;

  /** The four straight directions, then the four diagonals. */
  static final int[] ALL = {N, E, S, W, NE, SE, SW, NW};

  private static final int[] ROW_STEP = {-1, 0, 1, 0, -1, 1, 1, -1};
  private static final int[] COL_STEP = {0, 1, 0, -1, 1, 1, -1, -1};

  private Dir() {}

  /** Position 0..7 of the single bit {@code dir}. */
  static int index(int dir) {
    return Integer.numberOfTrailingZeros(dir);
  }

  static int rowStep(int dir) {
    return ROW_STEP[index(dir)];
  }

  static int colStep(int dir) {
    return COL_STEP[index(dir)];
  }

  /** The direction pointing back: N for S, SW for NE. */
  static int opposite(int dir) {
    int i = index(dir);
    return i < 4 ? 1 << ((i + 2) & 3) : 1 << (4 + ((i - 2) & 3));
  }

  static boolean isVertical(int dir) {
    return dir == N || dir == S;
  }

  static boolean isHorizontal(int dir) {
    return dir == E || dir == W;
  }

  static boolean isDiagonal(int dir) {
    return dir >= NE;
  }

  /** The two directions at right angles to a straight direction: E and W for N. */
  static int perpendicular(int dir) {
    return isVertical(dir) ? E | W : N | S;
  }
}
