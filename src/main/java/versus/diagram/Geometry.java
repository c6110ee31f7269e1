package versus.diagram;

/** Where cells land in SVG user units: each cell is {@link #CELL_W} × {@link #CELL_H}, strokes run through centres. */
final class Geometry {

  static final double CELL_W = 8;
  static final double CELL_H = 16;
  /** Margin around the drawing, so strokes on the outer cells are not clipped. */
  static final double PAD = 4;
  /** Length and half-width of an arrowhead. */
  static final double ARROW_LENGTH = 8;
  static final double ARROW_HALF_WIDTH = 4;
  /** Radius of a rounded corner. */
  static final double RADIUS = 4;

  private Geometry() {}

  static double centerX(double col) {
    return PAD + col * CELL_W + CELL_W / 2;
  }

  static double centerY(double row) {
    return PAD + row * CELL_H + CELL_H / 2;
  }

  static double left(int col) {
    return PAD + col * CELL_W;
  }

  static double width(int cols) {
    return 2 * PAD + cols * CELL_W;
  }

  static double height(int rows) {
    return 2 * PAD + rows * CELL_H;
  }

  /** Half a cell in direction {@code dir}, as {x, y}. */
  static double halfStepX(int dir) {
    return Dir.colStep(dir) * CELL_W / 2;
  }

  static double halfStepY(int dir) {
    return Dir.rowStep(dir) * CELL_H / 2;
  }
}
