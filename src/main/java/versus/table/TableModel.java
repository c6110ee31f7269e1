package versus.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table as Markdown describes it: a header row (empty for none), body rows, and column alignments. Rows may be
 * ragged; missing cells are empty and missing alignments are {@link Align#LEFT}.
 *
 * @param header the header cells
 * @param rows the body rows, top to bottom
 * @param aligns alignment per column
 */
public record TableModel(List<Cell> header, List<List<Cell>> rows, List<Align> aligns) {

  public TableModel {
    header = List.copyOf(Objects.requireNonNull(header, "header"));
    List<List<Cell>> copy = new ArrayList<>();
    for (List<Cell> row : Objects.requireNonNull(rows, "rows")) {
      copy.add(List.copyOf(row));
    }
    rows = List.copyOf(copy);
    aligns = List.copyOf(Objects.requireNonNull(aligns, "aligns"));
  }

  /** Number of columns: the widest of the header and the rows. */
  public int columns() {
    int n = header.size();
    for (List<Cell> row : rows) {
      n = Math.max(n, row.size());
    }
    return n;
  }

  /** Alignment of column {@code col}. */
  public Align align(int col) {
    return col < aligns.size() ? aligns.get(col) : Align.LEFT;
  }
}
