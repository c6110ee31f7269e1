package versus.diagram;

import java.util.Arrays;

/**
 * A growable list of points, some of them marked as rounded corners, written out as SVG path data. Collinear points are
 * merged, axis-parallel segments use {@code H}/{@code V}, and a double stroke is written as two offset copies.
 */
final class Polyline {

  private double[] xs = new double[16];
  private double[] ys = new double[16];
  private boolean[] round = new boolean[16];
  private int size;

  void clear() {
    size = 0;
  }

  int size() {
    return size;
  }

  void add(double x, double y, boolean rounded) {
    if (size > 0 && xs[size - 1] == x && ys[size - 1] == y) {
      round[size - 1] |= rounded;
      return;
    }
    if (size == xs.length) {
      xs = Arrays.copyOf(xs, size * 2);
      ys = Arrays.copyOf(ys, size * 2);
      round = Arrays.copyOf(round, size * 2);
    }
    xs[size] = x;
    ys[size] = y;
    round[size] = rounded;
    size++;
  }

  /** Appends this line to {@code d}, offset sideways by {@code offset} units (0 for the line itself). */
  void appendPath(StringBuilder d, double offset) {
    if (size < 2) {
      return;
    }
    boolean closed = size > 2 && xs[0] == xs[size - 1] && ys[0] == ys[size - 1];
    double[] px = new double[size];
    double[] py = new double[size];
    for (int k = 0; k < size; k++) {
      px[k] = xs[k];
      py[k] = ys[k];
      if (offset != 0) {
        offsetPoint(k, offset, px, py, closed);
      }
    }
    d.append('M');
    Svg.num(d, px[0]).append(' ');
    Svg.num(d, py[0]);
    double cx = px[0];
    double cy = py[0];
    for (int k = 1; k < size; k++) {
      boolean last = k == size - 1;
      if (!last && collinear(px[k - 1], py[k - 1], px[k], py[k], px[k + 1], py[k + 1])) {
        continue;
      }
      if (!last && round[k] && offset == 0) {
        double r = Geometry.RADIUS;
        double ax = px[k] - r * sign(px[k] - px[k - 1]);
        double ay = py[k] - r * sign(py[k] - py[k - 1]);
        double bx = px[k] + r * sign(px[k + 1] - px[k]);
        double by = py[k] + r * sign(py[k + 1] - py[k]);
        lineTo(d, cx, cy, ax, ay);
        d.append('Q');
        Svg.num(d, px[k]).append(' ');
        Svg.num(d, py[k]).append(' ');
        Svg.num(d, bx).append(' ');
        Svg.num(d, by);
        cx = bx;
        cy = by;
        continue;
      }
      lineTo(d, cx, cy, px[k], py[k]);
      cx = px[k];
      cy = py[k];
    }
    if (closed) {
      d.append('Z');
    }
  }

  private static void lineTo(StringBuilder d, double fromX, double fromY, double x, double y) {
    if (fromY == y) {
      Svg.num(d.append('H'), x);
    } else if (fromX == x) {
      Svg.num(d.append('V'), y);
    } else {
      Svg.num(d.append('L'), x).append(' ');
      Svg.num(d, y);
    }
  }

  /** Moves point k along the mitred normal of its segments, so both strokes of a double line stay parallel. */
  private void offsetPoint(int k, double offset, double[] px, double[] py, boolean closed) {
    int prev = k > 0 ? k - 1 : closed ? size - 2 : -1;
    int next = k < size - 1 ? k + 1 : closed ? 1 : -1;
    double[] n1 = prev >= 0 ? normal(xs[prev], ys[prev], xs[k], ys[k]) : null;
    double[] n2 = next >= 0 ? normal(xs[k], ys[k], xs[next], ys[next]) : null;
    if (n1 == null) {
      n1 = n2;
    }
    if (n2 == null) {
      n2 = n1;
    }
    double mx = n1[0] + n2[0];
    double my = n1[1] + n2[1];
    double dot = 1 + n1[0] * n2[0] + n1[1] * n2[1];
    if (dot < 1e-6) {
      mx = n1[0];
      my = n1[1];
      dot = 1;
    }
    px[k] = xs[k] + offset * mx / dot;
    py[k] = ys[k] + offset * my / dot;
  }

  private static double[] normal(double x1, double y1, double x2, double y2) {
    double dx = x2 - x1;
    double dy = y2 - y1;
    double len = Math.hypot(dx, dy);
    return len == 0 ? new double[] {0, 0} : new double[] {-dy / len, dx / len};
  }

  private static boolean collinear(double x1, double y1, double x2, double y2, double x3, double y3) {
    return Math.abs((x2 - x1) * (y3 - y2) - (y2 - y1) * (x3 - x2)) < 1e-9
        && (x2 - x1) * (x3 - x2) + (y2 - y1) * (y3 - y2) > 0;
  }

  private static double sign(double v) {
    return v > 0 ? 1 : v < 0 ? -1 : 0;
  }
}
