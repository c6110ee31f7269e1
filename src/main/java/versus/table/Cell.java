package versus.table;

import java.util.List;
import java.util.Objects;

/**
 * One table cell: its inline runs in order (an empty list for an empty cell).
 *
 * @param runs the styled stretches of text
 */
public record Cell(List<Run> runs) {

  public Cell {
    runs = List.copyOf(Objects.requireNonNull(runs, "runs"));
  }

  /** A cell of plain text. */
  public static Cell of(String text) {
    return new Cell(text.isEmpty() ? List.of() : List.of(Run.plain(text)));
  }

  /** A cell made of {@code runs}. */
  public static Cell of(Run... runs) {
    return new Cell(List.of(runs));
  }

  /** The text without styles. */
  public String plainText() {
    StringBuilder out = new StringBuilder();
    for (Run run : runs) {
      out.append(run.text());
    }
    return out.toString();
  }
}
