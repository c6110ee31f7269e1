package versus.diagram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Groups the text cells of each row into runs of words (words separated by single spaces; two spaces or a line end a
 * run), one SVG {@code <text>} each. A run inside a box whose left bar was written off the box's edge moves with that
 * bar, so a label keeps its place relative to the box, and is kept inside the box's drawn edges.
 */
final class TextRuns {

  /**
   * One run of words.
   *
   * @param row grid row
   * @param start first column where it is drawn (after any shift into its box)
   * @param cells width in cells it is drawn over
   * @param text the words, with single spaces
   */
  record Run(int row, int start, int cells, String text) {}

  private TextRuns() {}

  static List<Run> collect(Cells cells, List<Box> boxes) {
    Intervals intervals = new Intervals(cells.rows, boxes);
    List<Run> runs = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int r = 0; r < cells.rows; r++) {
      intervals.startRow(r);
      int c = 0;
      while (c < cells.cols) {
        if (cells.kind[cells.index(r, c)] != Cells.TEXT) {
          c++;
          continue;
        }
        int start = c;
        text.setLength(0);
        int end = c;
        while (c < cells.cols) {
          int i = cells.index(r, c);
          if (cells.kind[i] == Cells.TEXT) {
            if (cells.grid.cells[i] != Grid.CONTINUATION) {
              text.append(cells.grid.text(i));
            }
            end = ++c;
          } else if (cells.kind[i] == Cells.BLANK && c + 1 < cells.cols
              && cells.kind[i + 1] == Cells.TEXT) {
            text.append(' ');
            c++;
          } else {
            break;
          }
        }
        runs.add(place(r, start, end, text.toString(), intervals.innermost(start, end)));
      }
    }
    return runs;
  }

  /** Shifts a run with its box's left bar and clamps it between the box's drawn edges. */
  private static Run place(int row, int start, int end, String text, Box box) {
    if (box == null) {
      return new Run(row, start, end - start, text);
    }
    int shift = box.left() - box.writtenLeft()[row - box.top() - 1];
    int lo = box.left() + 1;
    int hi = box.right();
    int s = start + shift;
    int e = end + shift;
    if (e > hi) {
      s -= e - hi;
      e = hi;
    }
    if (s < lo) {
      s = lo;
    }
    return new Run(row, s, Math.max(1, e - s), text);
  }

  /** The inner rows of every box as intervals between their written bars, swept row by row. */
  private static final class Intervals {
    private final List<Box> boxes;
    private final int[] rowStart;
    private final long[] sorted;
    private final int[] stack;
    private int depth;
    private int next;
    private int end;
    private int row;

    Intervals(int rows, List<Box> boxes) {
      this.boxes = boxes;
      this.rowStart = new int[rows + 1];
      for (Box b : boxes) {
        for (int k = 0; k < b.innerRows(); k++) {
          rowStart[b.top() + 2 + k]++;
        }
      }
      for (int r = 0; r < rows; r++) {
        rowStart[r + 1] += rowStart[r];
      }
      this.sorted = new long[rowStart[rows]];
      int[] fill = Arrays.copyOf(rowStart, rows);
      for (int b = 0; b < boxes.size(); b++) {
        Box box = boxes.get(b);
        for (int k = 0; k < box.innerRows(); k++) {
          // Sort key: written left column, then box index, packed so a plain sort orders them.
          sorted[fill[box.top() + 1 + k]++] = (long) box.writtenLeft()[k] << 32 | b;
        }
      }
      for (int r = 0; r < rows; r++) {
        Arrays.sort(sorted, rowStart[r], rowStart[r + 1]);
      }
      this.stack = new int[Math.max(1, boxes.size())];
    }

    void startRow(int r) {
      row = r;
      depth = 0;
      next = rowStart[r];
      end = rowStart[r + 1];
    }

    /** The innermost box whose written bars on this row enclose columns [start, end), or null. */
    Box innermost(int start, int stop) {
      while (next < end && (int) (sorted[next] >> 32) < start) {
        stack[depth++] = (int) sorted[next++];
      }
      while (depth > 0 && rightOf(stack[depth - 1]) < start) {
        depth--;
      }
      if (depth > 0 && rightOf(stack[depth - 1]) >= stop) {
        return boxes.get(stack[depth - 1]);
      }
      return null;
    }

    private int rightOf(int b) {
      Box box = boxes.get(b);
      return box.writtenRight()[row - box.top() - 1];
    }
  }
}
