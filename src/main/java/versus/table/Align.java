package versus.table;

/** Horizontal alignment of a table column, as a Markdown delimiter row gives it ({@code :--}, {@code :-:}, {@code --:}). */
public enum Align {
  LEFT,
  CENTER,
  RIGHT
}
